import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

const problem = (password: string, email = 'aruzhan.s@test.kz') => passwordProblem('password', password, email)?.message ?? null;

describe('passwordProblem', () => {
  it('accepts a long uncommon password', () => {
    expect(problem('correct-horse-battery')).toBeNull();
    expect(problem('Жылқы-батарея-дұрыс')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting letters not bytes', () => {
    expect(problem('Tr0ub4dor&3')).toMatch(/at least 12/);
    expect(problem('әәәбвгдеёжзи'.slice(0, 11))).toMatch(/at least 12/);
  });

  it('refuses a common password, also with digits and symbols added at its end', () => {
    expect(problem('qwertyuiop123')).toMatch(/too common/);
    expect(problem('Password2026!')).toMatch(/too common/);
    expect(problem('Kazakhstan2026')).toMatch(/too common/);
    expect(problem('1q2w3e4r5t6y')).toMatch(/too common/);
  });

  it('refuses one or two characters over and over', () => {
    expect(problem('zzzzzzzzzzzzzzz')).not.toBeNull();
    expect(problem('xyxyxyxyxyxyxy')).toMatch(/too few characters/);
  });

  it('refuses a password holding the email name', () => {
    expect(problem('my-Aruzhan.S-passphrase')).toMatch(/email/);
    expect(problem('my-aruzhan-passphrase', 'ab@test.kz')).toBeNull();
  });
});
