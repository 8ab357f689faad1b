import type { FieldProblem } from '../../shared/app-error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;

const COMMON: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

/**
 * Why a password may not be used, or null: shorter than 12 characters, one of the common
 * passwords (also once digits and symbols at its end are taken off: "Qwerty2026!!!"), one
 * character or two over and over, or containing the account's email name.
 */
export function passwordProblem(field: string, password: string, email: string): FieldProblem | null {
  const lower = password.toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) return { field, message: `The password must have at least ${MIN_PASSWORD_LENGTH} characters` };
  if (COMMON.has(lower) || COMMON.has(lower.replace(/[\d\W_]+$/u, ''))) return { field, message: 'This password is too common; choose another' };
  if (new Set(lower).size <= 2) return { field, message: 'The password repeats too few characters; choose another' };
  const name = email.split('@')[0]!.toLowerCase();
  if (name.length >= 3 && lower.includes(name)) return { field, message: 'The password may not contain your email address' };
  return null;
}
