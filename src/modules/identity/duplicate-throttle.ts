import { tooManyAttempts } from '../../shared/app-error.js';
import type { AttemptLog } from './attempt-log.js';

/**
 * A duplicate identity number is answered CONFLICT, so each registration tells whether it is in the
 * record somewhere: one account may hit few duplicates. A miss is no probe: it registers a person,
 * under the account's name in the audit trail, so registrations themselves are not limited.
 */
export const REGISTRATION_LIMITS = { duplicates: 5, windowSeconds: 3600 };

export interface RegistrationThrottle {
  /** Refuses with TOO_MANY_ATTEMPTS, whatever IIN is sent, once the account has used up its duplicates. */
  begin(log: AttemptLog, actorId: string): Promise<void>;
  /**
   * Counts a duplicate just found, or refuses with TOO_MANY_ATTEMPTS when it is one too many: the
   * count is taken atomically as each is found, so parallel attempts cannot get more CONFLICTs.
   */
  duplicate(log: AttemptLog, actorId: string): Promise<void>;
}

/** Counted in an AttemptLog (the database's in the server), so every instance spends one budget. */
export function createRegistrationThrottle(limits = REGISTRATION_LIMITS, now: () => number = Date.now): RegistrationThrottle {
  const windowMs = limits.windowSeconds * 1000;
  const seriesOf = (actorId: string) => [{ track: 'duplicate-identity', key: actorId }];
  // Says only what the caller already knows: it is being throttled, not why.
  const refuse = (waitMs: number) => {
    if (waitMs > 0) throw tooManyAttempts(`Too many attempts to register a child; try again in ${Math.ceil(waitMs / 60_000)} min`, waitMs);
  };
  /** Until when the account's duplicates within the window leave it no more: the oldest of them leaves it then. */
  const waitOf = (times: number[], at: number) => (times.length >= limits.duplicates ? times[times.length - limits.duplicates]! + windowMs - at : 0);
  return {
    async begin(log, actorId) {
      const at = now();
      refuse(await log.step(seriesOf(actorId), at, at - windowMs, ([times]) => ({ result: waitOf(times!, at) })));
    },
    async duplicate(log, actorId) {
      const at = now();
      const series = seriesOf(actorId);
      refuse(await log.step(series, at, at - windowMs, ([times]) => {
        const wait = waitOf(times!, at);
        return wait > 0 ? { result: wait } : { result: 0, add: series };
      }));
    },
  };
}
