import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../../shared/app-error.js';
import { createRegistrationThrottle } from './registration-throttle.js';

const refusal = (attempt: Promise<void>) =>
  attempt.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AppError && error.code === ErrorCode.TOO_MANY_ATTEMPTS ? 'refused' : error),
  );

describe('the registration throttle', () => {
  it('refuses an account once its attempts in the window are used up, duplicates or not', async () => {
    const throttle = createRegistrationThrottle({ duplicates: 5, attempts: 3, windowSeconds: 3600 });
    for (let i = 0; i < 3; i++) {
      expect(await refusal(throttle.begin('a'))).toBe('allowed');
      await throttle.noDuplicate('a');
    }
    expect(await refusal(throttle.begin('a'))).toBe('refused');
    expect(await refusal(throttle.begin('b'))).toBe('allowed');
  });

  it('counts an attempt as a duplicate until it is cleared, and says when to retry', async () => {
    const throttle = createRegistrationThrottle({ duplicates: 2, attempts: 100, windowSeconds: 3600 });
    await throttle.begin('a');
    await throttle.begin('a');
    const third = await throttle.begin('a').catch((error: unknown) => error);
    expect(third).toMatchObject({ code: ErrorCode.TOO_MANY_ATTEMPTS, message: expect.stringMatching(/try again in 60 min/) });
    const other = createRegistrationThrottle({ duplicates: 2, attempts: 100, windowSeconds: 3600 });
    for (let i = 0; i < 5; i++) {
      await other.begin('a');
      await other.noDuplicate('a');
    }
    expect(await refusal(other.begin('a'))).toBe('allowed');
  });
});
