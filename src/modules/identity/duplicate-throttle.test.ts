import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../shared/app-error.js';
import { memoryAttemptLog } from './attempt-log.js';
import { createRegistrationThrottle } from './duplicate-throttle.js';

const refusal = (attempt: Promise<void>) =>
  attempt.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError && error.code === ErrorCode.TOO_MANY_ATTEMPTS ? 'refused' : error),
  );

describe('the registration throttle', () => {
  it('never refuses registrations that are not duplicates, however many run at once', async () => {
    const throttle = createRegistrationThrottle({ duplicates: 2, windowSeconds: 3600 });
    const log = memoryAttemptLog();
    const outcomes = await Promise.all(Array.from({ length: 500 }, () => refusal(throttle.begin(log, 'a'))));
    expect(new Set(outcomes)).toEqual(new Set(['allowed']));
  });

  it('refuses the duplicate one too many, then every attempt of that account, and says when to retry', async () => {
    const throttle = createRegistrationThrottle({ duplicates: 2, windowSeconds: 3600 });
    const log = memoryAttemptLog();
    const found = await Promise.all(Array.from({ length: 5 }, () => refusal(throttle.duplicate(log, 'a'))));
    expect(found.sort()).toEqual(['allowed', 'allowed', 'refused', 'refused', 'refused']);
    const next = await throttle.begin(log, 'a').catch((error: unknown) => error);
    expect(next).toMatchObject({ code: ErrorCode.TOO_MANY_ATTEMPTS, message: expect.stringMatching(/try again in 60 min/) });
    expect(await refusal(throttle.begin(log, 'b'))).toBe('allowed');
  });
});
