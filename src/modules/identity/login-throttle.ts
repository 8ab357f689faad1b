import { isIPv6 } from 'node:net';
import type { AttemptLog } from './attempt-log.js';

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
}

export const LOGIN_LIMITS: LoginThrottleLimits = {
  accountFailures: 5,
  addressFailures: 20,
  accountSuccesses: 10,
  addressSuccesses: 60,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
};

export interface LoginThrottle {
  /**
   * Starts a sign-in attempt: 0 when it may go on, else the milliseconds until this email or
   * this address may try again (nothing is counted then). The attempt counts as a failure from
   * the start, so parallel guesses cannot slip under the limit; `succeeded` takes it back.
   */
  begin(log: AttemptLog, email: string, address: string): Promise<number>;
  /**
   * The password was right: clears the email's failures and takes this attempt back from the
   * address's failures. Then counts the success and returns 0, or, when the email or the address
   * already has its limit of successes (attempts begun in parallel), counts nothing and returns
   * the milliseconds to wait: the caller refuses the sign-in.
   */
  succeeded(log: AttemptLog, email: string, address: string): Promise<number>;
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
 * The counts live in an AttemptLog: the database's in the server (databaseAttemptLog), so several
 * instances count together and a restart forgets nothing; `name` keeps two throttles' counts apart.
 */
export function createLoginThrottle(name: string, limits: LoginThrottleLimits = LOGIN_LIMITS, now: () => number = Date.now): LoginThrottle {
  const accountKey = (email: string) => email.trim().toLowerCase();
  const memory = limits.windowMs + limits.lockMs;
  /** Failures and successes of one email and one address, in this order. */
  const seriesOf = (email: string, address: string) => [
    { track: `${name}:failure:account`, key: accountKey(email) },
    { track: `${name}:failure:address`, key: addressKey(address) },
    { track: `${name}:success:account`, key: accountKey(email) },
    { track: `${name}:success:address`, key: addressKey(address) },
  ];
  const until = (account: number[], address: number[], accountLimit: number, addressLimit: number) =>
    Math.max(lockedUntil(account, accountLimit, limits.windowMs, limits.lockMs), lockedUntil(address, addressLimit, limits.windowMs, limits.lockMs));

  return {
    begin(log, email, address) {
      const at = now();
      const series = seriesOf(email, address);
      return log.step(series, at, at - memory, ([failedAccount, failedAddress, signedInAccount, signedInAddress]) => {
        const locked = Math.max(
          until(failedAccount!, failedAddress!, limits.accountFailures, limits.addressFailures),
          until(signedInAccount!, signedInAddress!, limits.accountSuccesses, limits.addressSuccesses),
        );
        return locked > at ? { result: locked - at } : { result: 0, add: series.slice(0, 2) };
      });
    },
    succeeded(log, email, address) {
      const at = now();
      const series = seriesOf(email, address);
      return log.step(series, at, at - memory, ([, , signedInAccount, signedInAddress]) => {
        const taken = { clear: [series[0]!], dropLast: [series[1]!] };
        const locked = until(signedInAccount!, signedInAddress!, limits.accountSuccesses, limits.addressSuccesses);
        return locked > at ? { ...taken, result: locked - at } : { ...taken, result: 0, add: series.slice(2) };
      });
    },
  };
}
