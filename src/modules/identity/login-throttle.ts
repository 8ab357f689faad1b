import { isIPv6 } from 'node:net';

export interface LoginThrottleLimits {
  /** Failed sign-ins for one email within `windowMs` that lock that email. */
  accountFailures: number;
  /** Failed sign-ins from one client address within `windowMs` that lock that address. */
  addressFailures: number;
  /** Successful sign-ins for one email within `windowMs` that lock that email: each costs a hash and an audit row. */
  accountSuccesses: number;
  /** Successful sign-ins from one client address within `windowMs`, whatever the emails, that lock that address. */
  addressSuccesses: number;
  windowMs: number;
  /** How long a lock lasts from the attempt that set it; attempts during it are refused unchecked. */
  lockMs: number;
  /** Keys tracked at most per count (emails, addresses); beyond it the oldest are forgotten. */
  maxTracked: number;
}

export const LOGIN_LIMITS: LoginThrottleLimits = {
  accountFailures: 5,
  addressFailures: 20,
  accountSuccesses: 10,
  addressSuccesses: 60,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  maxTracked: 100_000,
};

export interface LoginThrottle {
  /**
   * Starts a sign-in attempt: 0 when it may go on, else the milliseconds until this email or
   * this address may try again (nothing is counted then). The attempt counts as a failure from
   * the start, so parallel guesses cannot slip under the limit; `succeeded` takes it back.
   */
  begin(email: string, address: string): number;
  /**
   * The password was right: clears the email's failures and takes this attempt back from the
   * address's failures. Then counts the success and returns 0, or, when the email or the address
   * already has its limit of successes (attempts begun in parallel), counts nothing and returns
   * the milliseconds to wait: the caller refuses the sign-in.
   */
  succeeded(email: string, address: string): number;
}

/**
 * IPv4-mapped addresses are IPv4; an IPv6 client is keyed by its /64 network, because one host
 * usually holds a whole /64 and could otherwise rotate through it.
 */
export function addressKey(address: string): string {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1]!;
  const bare = address.split('%')[0]!.toLowerCase();
  if (!isIPv6(bare)) return address;
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - width(left) - width(right)).fill('0'), ...right];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** `threshold` failures within `windowMs` lock their key for `lockMs` from the last of them. */
export function lockedUntil(failures: readonly number[], threshold: number, windowMs: number, lockMs: number): number {
  let until = 0;
  for (let last = threshold - 1; last < failures.length; last++) {
    if (failures[last]! - failures[last - threshold + 1]! < windowMs) until = Math.max(until, failures[last]! + lockMs);
  }
  return until;
}

/**
 * Counts failed sign-ins per email and per client address and locks either for a while once
 * it has too many. Unknown emails count like known ones, so a failure lock reveals nothing about
 * which accounts exist. Locking an email lets anyone lock that account out for `lockMs`: the
 * accepted price of stopping password guessing against it. Successful sign-ins are counted
 * likewise, with higher limits, so not even the right password makes the server hash (and
 * audit) without end; every lock answers the same, so no one learns which limit was reached.
 *
 * Kept in memory: right for one server process. Several processes would each count on their
 * own (an attacker gets that many times the attempts) and a restart forgets the counts; such a
 * deployment needs the counts in shared storage (PostgreSQL or Redis) behind this interface.
 */
export function createLoginThrottle(limits: LoginThrottleLimits = LOGIN_LIMITS, now: () => number = Date.now): LoginThrottle {
  const failures = { accounts: new Map<string, number[]>(), addresses: new Map<string, number[]>() };
  const successes = { accounts: new Map<string, number[]>(), addresses: new Map<string, number[]>() };
  const accountKey = (email: string) => email.trim().toLowerCase();
  const memory = limits.windowMs + limits.lockMs;

  function recent(tracks: Map<string, number[]>, key: string, at: number): number[] {
    const times = (tracks.get(key) ?? []).filter((time) => time > at - memory);
    if (times.length > 0) tracks.set(key, times);
    else tracks.delete(key);
    return times;
  }

  function remember(tracks: Map<string, number[]>, key: string, times: number[], at: number) {
    if (!tracks.has(key) && tracks.size >= limits.maxTracked) {
      for (const [old, seen] of tracks) if (seen.every((time) => time <= at - memory)) tracks.delete(old);
      // Still full: forget the oldest keys (a Map iterates in insertion order).
      for (const old of tracks.keys()) {
        if (tracks.size < limits.maxTracked) break;
        tracks.delete(old);
      }
    }
    tracks.set(key, [...times, at]);
  }

  /** The recent times of one email and one address in a pair of counts, and until when they lock. */
  function check(counts: typeof failures, accountLimit: number, addressLimit: number, email: string, address: string, at: number) {
    const account = recent(counts.accounts, accountKey(email), at);
    const network = recent(counts.addresses, addressKey(address), at);
    const until = Math.max(
      lockedUntil(account, accountLimit, limits.windowMs, limits.lockMs),
      lockedUntil(network, addressLimit, limits.windowMs, limits.lockMs),
    );
    const count = () => {
      remember(counts.accounts, accountKey(email), account, at);
      remember(counts.addresses, addressKey(address), network, at);
    };
    return { until, count };
  }

  return {
    begin(email, address) {
      const at = now();
      const failed = check(failures, limits.accountFailures, limits.addressFailures, email, address, at);
      const signedIn = check(successes, limits.accountSuccesses, limits.addressSuccesses, email, address, at);
      const until = Math.max(failed.until, signedIn.until);
      if (until > at) return until - at;
      failed.count();
      return 0;
    },
    succeeded(email, address) {
      failures.accounts.delete(accountKey(email));
      failures.addresses.get(addressKey(address))?.pop();
      const at = now();
      const signedIn = check(successes, limits.accountSuccesses, limits.addressSuccesses, email, address, at);
      if (signedIn.until > at) return signedIn.until - at;
      signedIn.count();
      return 0;
    },
  };
}
