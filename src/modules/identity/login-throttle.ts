import { isIPv6 } from 'node:net';

export interface LoginThrottleLimits {
  /** Failed sign-ins for one email within `windowMs` that lock that email. */
  accountFailures: number;
  /** Failed sign-ins from one client address within `windowMs` that lock that address. */
  addressFailures: number;
  windowMs: number;
  /** How long a lock lasts from the failure that set it; attempts during it are refused unchecked. */
  lockMs: number;
  /** Emails and addresses tracked at most, each; beyond it the oldest are forgotten. */
  maxTracked: number;
}

export const LOGIN_LIMITS: LoginThrottleLimits = {
  accountFailures: 5,
  addressFailures: 20,
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
  /** Clears the email's failures, and takes this attempt back from the address's count only. */
  succeeded(email: string, address: string): void;
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
 * it has too many. Unknown emails count like known ones, so a lock reveals nothing about which
 * accounts exist. Locking an email lets anyone lock that account out for `lockMs`: the accepted
 * price of stopping password guessing against it.
 *
 * Kept in memory: right for one server process. Several processes would each count on their
 * own (an attacker gets that many times the attempts) and a restart forgets the counts; such a
 * deployment needs the counts in shared storage (PostgreSQL or Redis) behind this interface.
 */
export function createLoginThrottle(limits: LoginThrottleLimits = LOGIN_LIMITS, now: () => number = Date.now): LoginThrottle {
  const accounts = new Map<string, number[]>();
  const addresses = new Map<string, number[]>();
  const accountKey = (email: string) => email.trim().toLowerCase();
  const memory = limits.windowMs + limits.lockMs;

  function recent(tracks: Map<string, number[]>, key: string, at: number): number[] {
    const failures = (tracks.get(key) ?? []).filter((time) => time > at - memory);
    if (failures.length > 0) tracks.set(key, failures);
    else tracks.delete(key);
    return failures;
  }

  function remember(tracks: Map<string, number[]>, key: string, failures: number[], at: number) {
    if (!tracks.has(key) && tracks.size >= limits.maxTracked) {
      for (const [old, times] of tracks) if (times.every((time) => time <= at - memory)) tracks.delete(old);
      // Still full: forget the oldest keys (a Map iterates in insertion order).
      for (const old of tracks.keys()) {
        if (tracks.size < limits.maxTracked) break;
        tracks.delete(old);
      }
    }
    tracks.set(key, [...failures, at]);
  }

  return {
    begin(email, address) {
      const at = now();
      const account = recent(accounts, accountKey(email), at);
      const network = recent(addresses, addressKey(address), at);
      const until = Math.max(
        lockedUntil(account, limits.accountFailures, limits.windowMs, limits.lockMs),
        lockedUntil(network, limits.addressFailures, limits.windowMs, limits.lockMs),
      );
      if (until > at) return until - at;
      remember(accounts, accountKey(email), account, at);
      remember(addresses, addressKey(address), network, at);
      return 0;
    },
    succeeded(email, address) {
      accounts.delete(accountKey(email));
      addresses.get(addressKey(address))?.pop();
    },
  };
}
