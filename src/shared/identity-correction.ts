import { badInput } from './app-error.js';
import type { IinSex } from './iin.js';

/** The identity fields a correction may change. */
export interface PersonIdentity {
  iin?: string | null;
  lastName: string;
  firstName: string;
  middleName?: string | null;
  birthDate: string;
  sex: IinSex;
}

export interface IdentityCorrection extends Partial<PersonIdentity> {
  reason: string;
}

const FIELDS = ['iin', 'lastName', 'firstName', 'middleName', 'birthDate', 'sex'] as const;

/**
 * The identity as it reads after a correction, and the names of the fields whose value it really
 * changes (what the audit trail records). Refuses a blank reason and a correction that changes
 * nothing; whether the IIN still agrees with birth date and sex is the record's own rule.
 */
export function correctedIdentity(current: PersonIdentity, correction: IdentityCorrection): { after: PersonIdentity; changed: string[] } {
  if (correction.reason.trim().length < 3) throw badInput('reason', 'State why the record is corrected');
  const after: PersonIdentity = { ...current };
  const changed: string[] = [];
  for (const field of FIELDS) {
    const value = correction[field];
    // Only the patronymic may be cleared; a null anywhere else means "not changed".
    if (value === undefined || (value === null && field !== 'middleName')) continue;
    if ((value ?? null) === (current[field] ?? null)) continue;
    Object.assign(after, { [field]: value ?? undefined });
    changed.push(field);
  }
  if (changed.length === 0) throw badInput('reason', 'The correction changes nothing: give the fields with their right values');
  return { after, changed };
}
