import { CheckResult } from '../../../shared/enums.js';
import { AssessmentStatus, BackgroundCheckKind } from '../../families/family.enums.js';
import type { ApplicantFacts } from '../matching.facts.js';
import type { MatchingForm } from '../rule.js';
import { PROSECUTION_BAR_FROM, PROSECUTION_FORMS } from './disqualification.rules.js';
import { CODE, FAMILY_FORMS, addMonths, applicantLabel, fail, latestCheck, needsAction, pass, placementRule, type NoParams } from './support.js';

/**
 * The family's standing on the date: approved and not expired (APPROVAL), and every background
 * check done, with a result, and re-checked within 12 months (CHECKS-CURRENT, since 2025).
 * Eligibility is an ongoing state with an expiry, not a one-time flag.
 */

const CHECK_LABELS: Record<string, string> = {
  [BackgroundCheckKind.LEGAL_CAPACITY]: 'legal capacity',
  [BackgroundCheckKind.PARENTAL_RIGHTS]: 'parental rights',
  [BackgroundCheckKind.GUARDIANSHIP_REMOVAL]: 'guardianship removal',
  [BackgroundCheckKind.ADOPTION_REVOCATION]: 'adoption revocation',
  [BackgroundCheckKind.MEDICAL]: 'medical',
  [BackgroundCheckKind.CRIMINAL_RECORD]: 'criminal record',
  [BackgroundCheckKind.NARCOLOGICAL_REGISTER]: 'narcological register',
  [BackgroundCheckKind.PSYCHONEUROLOGICAL_REGISTER]: 'psychoneurological register',
  [BackgroundCheckKind.CRIMINAL_PROSECUTION]: 'criminal prosecution',
};

/** One bit per check kind, so that the usual case (every check current) is one pass over the checks. */
const KIND_BITS: Record<string, number> = {};
Object.values(BackgroundCheckKind).forEach((kind, index) => (KIND_BITS[kind] = 1 << index));

/** Fast path: one check of each required kind, none pending or stale. Anything else is examined kind by kind. */
function allCurrent(applicant: ApplicantFacts, required: number, asOf: string, oldestCurrent: string): boolean {
  let seen = 0;
  let current = 0;
  for (const check of applicant.checks) {
    if (check.checkedAt > asOf) continue;
    const bit = KIND_BITS[check.kind] ?? 0;
    if ((seen & bit) !== 0) return false;
    seen |= bit;
    if (check.result !== CheckResult.PENDING && check.checkedAt >= oldestCurrent) current |= bit;
  }
  return (current & required) === required;
}

function kindMask(kinds: readonly string[]): number {
  let mask = 0;
  for (const kind of kinds) mask |= KIND_BITS[kind] ?? 0;
  return mask;
}

// Every family of one request shares asOf: remember the last date computed (a pure function's memo).
let memoAsOf = '';
let memoMonths = 0;
let memoOldest = '';
function oldestCurrentCheck(asOf: string, months: number): string {
  if (asOf !== memoAsOf || months !== memoMonths) {
    memoAsOf = asOf;
    memoMonths = months;
    memoOldest = addMonths(asOf, -months);
  }
  return memoOldest;
}

interface ChecksParams {
  recheckMonths: number;
  requiredChecks: string[];
  prosecutionCheckFrom: string;
}

/** D12's prosecution check is required in its forms from its date. */
const needsProsecutionCheck = (params: ChecksParams, form: MatchingForm, asOf: string): boolean =>
  asOf >= params.prosecutionCheckFrom && PROSECUTION_FORMS.includes(form);

/**
 * What CHECKS-CURRENT asks of every applicant of a family holding `forms`, on `on`: the kinds
 * required in any of its forms, each checked no earlier than `oldestCurrent`. The approval of a
 * family asks the same, so a family is never approved short of what matching then requires.
 */
export function checksRequiredFor(params: ChecksParams, forms: readonly MatchingForm[], on: string): { kinds: string[]; oldestCurrent: string } {
  const prosecution = forms.some((form) => needsProsecutionCheck(params, form, on));
  return {
    kinds: prosecution ? [...params.requiredChecks, BackgroundCheckKind.CRIMINAL_PROSECUTION] : [...params.requiredChecks],
    oldestCurrent: addMonths(on, -params.recheckMonths),
  };
}

export const CHECKS_CURRENT = placementRule({
  code: 'CHECKS-CURRENT',
  version: 1,
  description:
    'Since 2025 legal representatives are re-checked every 12 months: every applicant needs a result (not PENDING) of every ' +
    '`requiredChecks` kind, no older than `recheckMonths`; the prosecution check too for the D12 forms from `prosecutionCheckFrom`.',
  legalBasis: 'Rules of 2025 on the re-checking of legal representatives every 12 months (income, health, housing, record) (official portal summaries)',
  confidence: 'medium',
  kind: 'ACTION',
  forms: FAMILY_FORMS,
  validFrom: '2025-01-01',
  params: {
    recheckMonths: 12,
    requiredChecks: [
      BackgroundCheckKind.LEGAL_CAPACITY,
      BackgroundCheckKind.PARENTAL_RIGHTS,
      BackgroundCheckKind.GUARDIANSHIP_REMOVAL,
      BackgroundCheckKind.ADOPTION_REVOCATION,
      BackgroundCheckKind.MEDICAL,
      BackgroundCheckKind.CRIMINAL_RECORD,
      BackgroundCheckKind.NARCOLOGICAL_REGISTER,
      BackgroundCheckKind.PSYCHONEUROLOGICAL_REGISTER,
    ] as string[],
    prosecutionCheckFrom: PROSECUTION_BAR_FROM,
  },
  evaluate(facts, params) {
    // A check exactly `recheckMonths` old is still current; one a day older is not.
    const oldestCurrent = oldestCurrentCheck(facts.asOf, params.recheckMonths);
    const withProsecution = needsProsecutionCheck(params, facts.form, facts.asOf);
    const required = kindMask(params.requiredChecks) | (withProsecution ? KIND_BITS[BackgroundCheckKind.CRIMINAL_PROSECUTION]! : 0);
    let due: string[] | null = null;
    const applicants = facts.family.applicants;
    for (let i = 0; i < applicants.length; i++) {
      if (allCurrent(applicants[i]!, required, facts.asOf, oldestCurrent)) continue;
      const kinds = params.requiredChecks;
      const count = kinds.length + (withProsecution ? 1 : 0);
      for (let k = 0; k < count; k++) {
        const kind = k < kinds.length ? kinds[k]! : BackgroundCheckKind.CRIMINAL_PROSECUTION;
        const check = latestCheck(applicants[i]!, kind, facts.asOf);
        const state = check === undefined ? 'missing' : check.result === CheckResult.PENDING ? 'pending' : check.checkedAt < oldestCurrent ? 'older than allowed' : null;
        if (state !== null) (due ??= []).push(`${applicantLabel(i)} ${CHECK_LABELS[kind] ?? kind} (${state})`);
      }
    }
    return due === null
      ? pass(`Every required check is done, none older than ${params.recheckMonths} months`)
      : needsAction(`Re-check due: ${due.join('; ')}`);
  },
});

export const APPROVAL = placementRule<NoParams>({
  code: 'APPROVAL',
  version: 1,
  description: 'The family must be assessed and approved, and its approval (renewed after each 12-month re-check) not expired on the date.',
  legalBasis: `${CODE}, Art. 118-2 (candidates registered in the Republican Data Bank); re-check every 12 months since 2025`,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: {},
  evaluate(facts) {
    const family = facts.family;
    if (family.assessmentStatus !== AssessmentStatus.APPROVED) return fail(`The family is not approved (assessment ${family.assessmentStatus})`);
    if (family.approvedAt !== undefined && family.approvedAt > facts.asOf) return fail(`The family was approved only on ${family.approvedAt}`);
    if (family.approvalExpiresAt === undefined) return fail('The family’s approval has no expiry date: record the re-check');
    if (family.approvalExpiresAt < facts.asOf) return fail(`The family’s approval expired on ${family.approvalExpiresAt}`);
    return pass(`The family is approved until ${family.approvalExpiresAt}`);
  },
});
