import { addYears } from '../../shared/dates.js';
import { normalizePassportNumber } from '../../shared/passport.js';
import { CheckResult, Citizenship } from '../../shared/enums.js';
import { IIN_PROBLEM_MESSAGES, iinProblem, type IinSex } from '../../shared/iin.js';
import type { FieldProblem } from '../../shared/app-error.js';
import { AssessmentStatus } from './family.enums.js';


/** A-ADULT: only adults adopt or become guardians. */
export const MIN_APPLICANT_AGE = 18;
export const MAX_APPLICANTS = 2;
/** Household members recorded besides the applicants: a large extended family, not a hostel. */
export const MAX_HOUSEHOLD_MEMBERS = 15;
/** Since 2025 legal representatives are re-checked every 12 months: approval is a state with an expiry. */
export const APPROVAL_VALIDITY_YEARS = 1;
/** Children in the data bank are 0–17, so preferences outside that range can never match. */
export const CHILD_AGE_RANGE = { min: 0, max: 17 };

export interface ApplicantFacts {
  iin?: string | null;
  /** A foreign citizen without a Kazakh IIN is identified by a passport instead. */
  passport?: { number: string; country: string } | null;
  citizenship: Citizenship;
  birthDate: string;
  sex: IinSex;
  checks: { checkedAt: string }[];
}

/** An IIN, or for a foreign citizen a foreign passport: what identifies an applicant. */
function identityProblems(applicant: ApplicantFacts, at: (field: string) => string): FieldProblem[] {
  const foreign = applicant.citizenship === Citizenship.FOREIGN;
  const problems: FieldProblem[] = [];
  if (applicant.iin) {
    const iin = iinProblem(applicant.iin, { birthDate: applicant.birthDate, sex: applicant.sex });
    if (iin) problems.push({ field: at('iin'), message: IIN_PROBLEM_MESSAGES[iin] });
  } else if (!foreign) {
    problems.push({ field: at('iin'), message: 'An IIN is required, unless the applicant is a foreign citizen registered by passport' });
  } else if (!applicant.passport) {
    problems.push({ field: at('passport'), message: 'A foreign applicant without an IIN registers with a passport' });
  }
  if (applicant.passport && !foreign) problems.push({ field: at('passport'), message: 'Only a foreign citizen registers by passport' });
  else if (applicant.passport?.country === 'KZ') problems.push({ field: at('passport.country'), message: 'A passport of Kazakhstan comes with an IIN' });
  return problems;
}

const samePassport = (a: ApplicantFacts['passport'], b: ApplicantFacts['passport']) =>
  Boolean(a && b && a.country === b.country && normalizePassportNumber(a.number) === normalizePassportNumber(b.number));

/** Identity, age and check dates of the one or two applicants; fields are named `applicants.<index>.<field>`. */
export function applicantProblems(applicants: ApplicantFacts[], today: string): FieldProblem[] {
  if (applicants.length < 1 || applicants.length > MAX_APPLICANTS) {
    return [{ field: 'applicants', message: `A family applies with 1 or ${MAX_APPLICANTS} applicants` }];
  }
  const problems: FieldProblem[] = [];
  applicants.forEach((applicant, index) => {
    const at = (field: string) => `applicants.${index}.${field}`;
    problems.push(...identityProblems(applicant, at));
    if (applicant.birthDate > today) problems.push({ field: at('birthDate'), message: 'Birth date is in the future' });
    else if (addYears(applicant.birthDate, MIN_APPLICANT_AGE) > today) {
      problems.push({ field: at('birthDate'), message: `An applicant must be at least ${MIN_APPLICANT_AGE}` });
    }
    problems.push(...checkDateProblems(applicant.checks, today, at('checks')));
  });
  if (applicants.length === 2 && applicants[0]!.iin && applicants[0]!.iin === applicants[1]!.iin) {
    problems.push({ field: 'applicants.1.iin', message: 'The two applicants must be different people' });
  }
  if (applicants.length === 2 && samePassport(applicants[0]!.passport, applicants[1]!.passport)) {
    problems.push({ field: 'applicants.1.passport', message: 'The two applicants must be different people' });
  }
  return problems;
}

export interface PreferenceFacts {
  childAgeMin: number;
  childAgeMax: number;
  maxChildren: number;
}

export function preferenceProblems(preferences: PreferenceFacts, field = 'preferences'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { min, max } = CHILD_AGE_RANGE;
  for (const key of ['childAgeMin', 'childAgeMax'] as const) {
    const age = preferences[key];
    if (!Number.isInteger(age) || age < min || age > max) problems.push({ field: `${field}.${key}`, message: `Child age must be between ${min} and ${max}` });
  }
  if (preferences.childAgeMin > preferences.childAgeMax) {
    problems.push({ field: `${field}.childAgeMin`, message: 'The youngest age asked for is above the oldest' });
  }
  if (!Number.isInteger(preferences.maxChildren) || preferences.maxChildren < 1) {
    problems.push({ field: `${field}.maxChildren`, message: 'A family asks for at least one child' });
  }
  return problems;
}

export interface HouseholdFacts {
  forms?: readonly string[];
  monthlyIncome?: number;
  capacity?: number;
  childrenInHousehold?: number;
  housing?: { areaSqm: number; rooms: number };
  trainingCertificateDate?: string | null;
  householdMembers?: readonly { fullName: string; birthYear: number }[] | null;
}

/** Household facts, checked on registration and on every staff update (absent fields are not checked). */
export function householdProblems(facts: HouseholdFacts, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.forms && facts.forms.length === 0) problems.push({ field: 'forms', message: 'Choose at least one form of placement' });
  if (facts.monthlyIncome != null && facts.monthlyIncome < 0) problems.push({ field: 'monthlyIncome', message: 'Income cannot be negative' });
  if (facts.capacity != null && facts.capacity < 0) problems.push({ field: 'capacity', message: 'Capacity cannot be negative' });
  if (facts.childrenInHousehold != null && facts.childrenInHousehold < 0) {
    problems.push({ field: 'childrenInHousehold', message: 'The number of children cannot be negative' });
  }
  if (facts.housing && facts.housing.areaSqm <= 0) problems.push({ field: 'housing.areaSqm', message: 'Living area must be positive' });
  if (facts.housing && facts.housing.rooms <= 0) problems.push({ field: 'housing.rooms', message: 'A home has at least one room' });
  if (facts.trainingCertificateDate && facts.trainingCertificateDate > today) {
    problems.push({ field: 'trainingCertificateDate', message: 'Certificate date is in the future' });
  }
  facts.householdMembers?.forEach((member, index) => {
    if (!member.fullName.trim()) problems.push({ field: `householdMembers.${index}.fullName`, message: 'Give the person’s name' });
    if (member.birthYear > Number(today.slice(0, 4))) problems.push({ field: `householdMembers.${index}.birthYear`, message: 'Birth year is in the future' });
  });
  return problems;
}

/**
 * The assessment lifecycle. A rejected or expired family is re-assessed rather than registered
 * again, so its history stays in one record; an approved one may be pulled back for a re-check.
 */
export const ASSESSMENT_TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  [AssessmentStatus.APPLIED]: [AssessmentStatus.IN_ASSESSMENT],
  [AssessmentStatus.IN_ASSESSMENT]: [AssessmentStatus.APPROVED, AssessmentStatus.REJECTED],
  [AssessmentStatus.APPROVED]: [AssessmentStatus.SUSPENDED, AssessmentStatus.EXPIRED, AssessmentStatus.IN_ASSESSMENT],
  [AssessmentStatus.SUSPENDED]: [AssessmentStatus.APPROVED, AssessmentStatus.IN_ASSESSMENT, AssessmentStatus.REJECTED],
  [AssessmentStatus.EXPIRED]: [AssessmentStatus.IN_ASSESSMENT],
  [AssessmentStatus.REJECTED]: [AssessmentStatus.IN_ASSESSMENT],
};

export function canMoveAssessment(from: AssessmentStatus, to: AssessmentStatus): boolean {
  return ASSESSMENT_TRANSITIONS[from].includes(to);
}

export interface ApprovalFacts {
  trainingCertificateDate?: string | null;
  /** Close relatives of a child are exempt from the training course (D11). */
  hasKinship: boolean;
}

/** Why a family may not be approved yet, besides its checks (`approvalCheckGaps`); empty when it may. */
export function approvalProblems(facts: ApprovalFacts): FieldProblem[] {
  return !facts.trainingCertificateDate && !facts.hasKinship
    ? [{ field: 'status', message: 'A training certificate is required unless the family is related to a child' }]
    : [];
}

/** A required check an applicant lacks for approval: none recorded, no result yet, not clear, or older than the re-check period. */
export interface CheckGap {
  /** 1 or 2: the applicant's position, never a name. */
  applicant: number;
  kind: string;
  problem: 'MISSING' | 'PENDING' | 'FLAGGED' | 'OUTDATED';
}

/**
 * Every required check of every applicant must be CLEAR and dated no earlier than `oldestCurrent`
 * (the newest check of a kind counts): the gaps, in applicant and kind order; empty when there are none.
 */
export function approvalCheckGaps(
  applicants: { checks: { kind: string; result: CheckResult; checkedAt: string }[] }[],
  required: { kinds: readonly string[]; oldestCurrent: string },
): CheckGap[] {
  return applicants.flatMap((applicant, index) =>
    required.kinds.flatMap((kind): CheckGap[] => {
      const newest = applicant.checks.filter((check) => check.kind === kind).sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))[0];
      const problem: CheckGap['problem'] | null = !newest
        ? 'MISSING'
        : newest.result === CheckResult.PENDING
          ? 'PENDING'
          : newest.result !== CheckResult.CLEAR
            ? 'FLAGGED'
            : newest.checkedAt < required.oldestCurrent
              ? 'OUTDATED'
              : null;
      return problem ? [{ applicant: index + 1, kind, problem }] : [];
    }),
  );
}

/** "applicant 1 MEDICAL missing; applicant 2 CRIMINAL_RECORD pending" */
export const describeCheckGaps = (gaps: readonly CheckGap[]): string =>
  gaps.map((gap) => `applicant ${gap.applicant} ${gap.kind} ${gap.problem.toLowerCase()}`).join('; ');

export interface AssessmentDecision {
  from: AssessmentStatus;
  to: AssessmentStatus;
  decidedAt: string;
}

/** Checks a decision against the transition table and the calendar; approvals also need `approvalProblems`. */
export function assessmentProblems(decision: AssessmentDecision, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!canMoveAssessment(decision.from, decision.to)) {
    problems.push({ field: 'status', message: `A family cannot move from ${decision.from} to ${decision.to}` });
  }
  if (decision.decidedAt > today) problems.push({ field: 'decidedAt', message: 'Decision date is in the future' });
  return problems;
}

/** The approval window that opens on the decision date. */
export function approvalTerm(decidedAt: string): { approvedAt: string; approvalExpiresAt: string } {
  return { approvedAt: decidedAt, approvalExpiresAt: addYears(decidedAt, APPROVAL_VALIDITY_YEARS) };
}

export function checkDateProblems(checks: { checkedAt: string }[], today: string, field = 'checks'): FieldProblem[] {
  return checks.flatMap((check, index) => (check.checkedAt > today ? [{ field: `${field}.${index}.checkedAt`, message: 'Check date is in the future' }] : []));
}

/** The newest result of each kind wins: a re-check (every 12 months since 2025) replaces the old one. */
export function mergeChecks<T extends { kind: string; checkedAt: string }>(current: T[], incoming: T[]): T[] {
  const byKind = new Map(current.map((check) => [check.kind, check]));
  for (const check of incoming) {
    const previous = byKind.get(check.kind);
    if (!previous || previous.checkedAt <= check.checkedAt) byKind.set(check.kind, check);
  }
  return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
