import type { FieldProblem } from '../../shared/app-error.js';
import { addYears, dateIn, KAZAKHSTAN_TIME_ZONE } from '../../shared/dates.js';
import { IIN_PROBLEM_MESSAGES, iinProblem, type IinSex } from '../../shared/iin.js';
import { ChildStatus, DataBankExitReason, type LegalStatus, type SpecialNeed } from './child.enums.js';

export interface ChildFacts {
  iin: string;
  birthDate: string;
  sex: IinSex;
  registeredAt: string;
  /** When the child was identified; a correction of identity leaves it out. */
  identifiedAt?: Date;
}

/** A client's clock a little ahead of the server's: an instant this close to now is not in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** What is wrong with a child's identity and dates; an empty list when the record is coherent. `now` is the server's clock. */
export function childFactProblems(facts: ChildFacts, today: string, now: Date = new Date()): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const iin = iinProblem(facts.iin, { birthDate: facts.birthDate, sex: facts.sex });
  if (iin) problems.push({ field: 'iin', message: IIN_PROBLEM_MESSAGES[iin] });
  if (facts.birthDate > today) problems.push({ field: 'birthDate', message: 'Birth date is in the future' });
  else if (addYears(facts.birthDate, 18) <= today) problems.push({ field: 'birthDate', message: 'The data bank holds children under 18' });
  if (facts.registeredAt > today) problems.push({ field: 'registeredAt', message: 'Registration date is in the future' });
  if (facts.registeredAt < facts.birthDate) problems.push({ field: 'registeredAt', message: 'Registration date is before the birth date' });
  if (facts.identifiedAt && facts.identifiedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ field: 'identifiedAt', message: 'Identification is in the future' });
  else if (facts.identifiedAt && dateIn(facts.identifiedAt, KAZAKHSTAN_TIME_ZONE) < facts.birthDate) problems.push({ field: 'identifiedAt', message: 'Identification is before the birth date' });
  return problems;
}

/** A child leaves the data bank only on the grounds of Code Art. 118-4, and only once. */
export function dataBankExitProblem(status: ChildStatus, reason: DataBankExitReason, exitedAt: string, birthDate: string, today: string): FieldProblem | null {
  if (status === ChildStatus.LEFT_DATA_BANK) return { field: 'id', message: 'The child has already left the data bank' };
  if (status === ChildStatus.IN_FAMILY_PLACEMENT || status === ChildStatus.ADOPTED) {
    return { field: 'id', message: 'End the child’s placement first' };
  }
  if (exitedAt > today) return { field: 'exitedAt', message: 'Exit date is in the future' };
  if (exitedAt < birthDate) return { field: 'exitedAt', message: 'Exit date is before the birth date' };
  if (reason === DataBankExitReason.REACHED_MAJORITY && addYears(birthDate, 18) > exitedAt) {
    return { field: 'reason', message: 'The child is not 18 on the exit date' };
  }
  return null;
}

export interface CaseFileFilter {
  iin?: string | null;
  legalStatus?: LegalStatus[] | null;
  hasSpecialNeeds?: boolean | null;
  specialNeeds?: SpecialNeed[] | null;
}

/**
 * The part of a children filter on sealed case-file columns, as a test of one opened child;
 * undefined when the filter has none. SQL cannot see these columns: they are tested after opening.
 */
export function caseFileMatcher(filter: CaseFileFilter): ((child: { legalStatus: LegalStatus; specialNeeds: SpecialNeed[] }) => boolean) | undefined {
  const { legalStatus, hasSpecialNeeds, specialNeeds } = filter;
  if (!legalStatus?.length && hasSpecialNeeds == null && !specialNeeds?.length) return undefined;
  return (child) =>
    (!legalStatus?.length || legalStatus.includes(child.legalStatus)) &&
    (hasSpecialNeeds == null || child.specialNeeds.length > 0 === hasSpecialNeeds) &&
    (!specialNeeds?.length || child.specialNeeds.some((need) => specialNeeds.includes(need)));
}

/** The case-file fields a filter reveals of every child it returns. */
export function caseFileFieldsFiltered(filter: CaseFileFilter): ('iin' | 'legalStatus' | 'specialNeeds')[] {
  return [...(filter.iin ? (['iin'] as const) : []), ...(filter.legalStatus?.length ? (['legalStatus'] as const) : []), ...(filter.hasSpecialNeeds != null || filter.specialNeeds?.length ? (['specialNeeds'] as const) : [])];
}
