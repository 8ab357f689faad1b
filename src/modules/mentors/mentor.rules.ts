import { addYears } from '../../shared/dates.js';
import { Citizenship } from '../../shared/enums.js';
import { IIN_PROBLEM_MESSAGES, iinProblem, type IinSex } from '../../shared/iin.js';
import type { FieldProblem } from '../../shared/app-error.js';


/** M-CERT: mentors are adult citizens of the Republic of Kazakhstan. */
export const MIN_MENTOR_AGE = 18;
export const MENTEES_PER_MENTOR = { min: 1, max: 10 };

export interface MentorFacts {
  iin: string;
  birthDate: string;
  sex: IinSex;
  citizenship: Citizenship;
  maxMentees: number;
  trainingCertificateDate?: string | null;
  backgroundCheckDate?: string | null;
}

/** What is wrong with a mentor's record; an empty list when the mentor may serve. */
export function mentorFactProblems(facts: MentorFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const iin = iinProblem(facts.iin, { birthDate: facts.birthDate, sex: facts.sex });
  if (iin) problems.push({ field: 'iin', message: IIN_PROBLEM_MESSAGES[iin] });
  if (facts.birthDate > today) problems.push({ field: 'birthDate', message: 'Birth date is in the future' });
  else if (addYears(facts.birthDate, MIN_MENTOR_AGE) > today) problems.push({ field: 'birthDate', message: `A mentor must be at least ${MIN_MENTOR_AGE}` });
  if (facts.citizenship !== Citizenship.KAZAKHSTAN) problems.push({ field: 'citizenship', message: 'A mentor must be a citizen of Kazakhstan' });
  const { min, max } = MENTEES_PER_MENTOR;
  if (!Number.isInteger(facts.maxMentees) || facts.maxMentees < min || facts.maxMentees > max) {
    problems.push({ field: 'maxMentees', message: `A mentor takes between ${min} and ${max} mentees` });
  }
  if (facts.trainingCertificateDate && facts.trainingCertificateDate > today) {
    problems.push({ field: 'trainingCertificateDate', message: 'Certificate date is in the future' });
  }
  if (facts.backgroundCheckDate && facts.backgroundCheckDate > today) {
    problems.push({ field: 'backgroundCheckDate', message: 'Check date is in the future' });
  }
  return problems;
}

/** Lowering the limit below the mentees a mentor already has would strand a child. */
export function menteeLimitProblem(maxMentees: number, activeMentees: number): FieldProblem | null {
  return maxMentees < activeMentees
    ? { field: 'maxMentees', message: `The mentor already has ${activeMentees} active mentees` }
    : null;
}
