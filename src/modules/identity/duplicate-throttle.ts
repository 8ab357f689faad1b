import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../shared/app-error.js';

/**
 * A duplicate identity number is answered CONFLICT, so each registration tells whether it is in the
 * record somewhere: one account may hit few duplicates. A miss is no probe: it registers a person,
 * under the account's name in the audit trail, so registrations themselves are not limited.
 */
export const REGISTRATION_LIMITS = { duplicates: 5, windowSeconds: 3600 };

export interface RegistrationThrottle {
  /** Refuses with TOO_MANY_ATTEMPTS, whatever IIN is sent, once the account has used up its duplicates. */
  begin(actorId: string): Promise<void>;
  /**
   * Counts a duplicate just found, or refuses with TOO_MANY_ATTEMPTS when it is one too many: the
   * count is taken atomically as each is found, so parallel attempts cannot get more CONFLICTs.
   */
  duplicate(actorId: string): Promise<void>;
}

/**
 * Kept in memory, like the sign-in throttle: right for one server process (several would each
 * count on their own; a restart forgets the counts).
 */
export function createRegistrationThrottle(limits = REGISTRATION_LIMITS): RegistrationThrottle {
  const duplicates = new RateLimiterMemory({ keyPrefix: 'child-duplicate', points: limits.duplicates, duration: limits.windowSeconds });
  // Says only what the caller already knows: it is being throttled, not why.
  const refusal = (msBeforeNext: number) =>
    new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `Too many attempts to register a child; try again in ${Math.ceil(msBeforeNext / 60_000)} min`);
  return {
    async begin(actorId) {
      const used = await duplicates.get(actorId);
      if (used && used.remainingPoints <= 0) throw refusal(used.msBeforeNext);
    },
    async duplicate(actorId) {
      try {
        await duplicates.consume(actorId);
      } catch (error) {
        throw error instanceof RateLimiterRes ? refusal(error.msBeforeNext) : error;
      }
    },
  };
}
