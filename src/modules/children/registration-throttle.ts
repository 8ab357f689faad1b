import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError, ErrorCode } from '../../shared/app-error.js';

/**
 * A duplicate IIN is answered CONFLICT, so each registration tells whether an IIN is in the data
 * bank somewhere. One account may hit few duplicates, and its attempts overall are bounded too
 * (every miss registers a child, under its name in the audit trail).
 */
export const REGISTRATION_LIMITS = { duplicates: 5, attempts: 100, windowSeconds: 3600 };

export interface RegistrationThrottle {
  /**
   * Starts an attempt, or refuses it with TOO_MANY_ATTEMPTS once the account has used up either
   * budget in the window. The attempt counts as a duplicate from the start, so parallel attempts
   * cannot slip under the limit; `noDuplicate` takes that back.
   */
  begin(actorId: string): Promise<void>;
  noDuplicate(actorId: string): Promise<void>;
}

/**
 * Kept in memory, like the sign-in throttle: right for one server process (several would each
 * count on their own; a restart forgets the counts).
 */
export function createRegistrationThrottle(limits = REGISTRATION_LIMITS): RegistrationThrottle {
  const attempts = new RateLimiterMemory({ keyPrefix: 'child-registration', points: limits.attempts, duration: limits.windowSeconds });
  const duplicates = new RateLimiterMemory({ keyPrefix: 'child-duplicate', points: limits.duplicates, duration: limits.windowSeconds });
  return {
    async begin(actorId) {
      try {
        await attempts.consume(actorId);
        await duplicates.consume(actorId);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        // Says only what the caller already knows: it is being throttled, not why.
        throw new AppError(ErrorCode.TOO_MANY_ATTEMPTS, `Too many attempts to register a child; try again in ${Math.ceil(error.msBeforeNext / 60_000)} min`);
      }
    },
    async noDuplicate(actorId) {
      await duplicates.reward(actorId);
    },
  };
}
