import { addYears } from '../../../shared/dates.js';
import { PlacementForm, Sex } from '../../../shared/enums.js';
import { KinshipRelation, MaritalStatus } from '../../families/family.enums.js';
import type { FamilyFacts } from '../matching.facts.js';
import {
  CODE,
  FAMILY_FORMS,
  applicantLabel,
  capitalize,
  childLabel,
  fail,
  hasReachedAge,
  listLabels,
  needsAction,
  notApplicable,
  pass,
  placementRule,
  type NoParams,
} from './support.js';

/** The adopters' own requirements (Code Art. 91–92), and the child's consent. */

function isStepParentOf(family: FamilyFacts, childId: string): boolean {
  for (const kinship of family.kinships) if (kinship.childId === childId && kinship.relation === KinshipRelation.STEP_PARENT) return true;
  return false;
}

export const A_AGE = placementRule({
  code: 'A-AGE',
  version: 1,
  description:
    'Every adopter is at least `minAgeGapYears` (16) years older than every child: born on or before the child’s birth date minus 16 ' +
    'years. A step-parent is exempt; a court may shorten the gap (override with a recorded court decision).',
  legalBasis: `${CODE}, Art. 92`,
  confidence: 'high',
  kind: 'HARD',
  forms: [PlacementForm.ADOPTION],
  override: 'COURT_DECISION',
  params: { minAgeGapYears: 16 },
  evaluate(facts, params) {
    let short: string[] | null = null;
    let compared = 0;
    const applicants = facts.family.applicants;
    for (let c = 0; c < facts.children.length; c++) {
      const child = facts.children[c]!;
      if (isStepParentOf(facts.family, child.id)) continue;
      compared++;
      const bornBy = addYears(child.birthDate, -params.minAgeGapYears);
      for (let a = 0; a < applicants.length; a++) {
        if (applicants[a]!.birthDate > bornBy) (short ??= []).push(`${applicantLabel(a)} and ${childLabel(c)}`);
      }
    }
    if (compared === 0) return notApplicable('A step-parent adopts: no age gap is required');
    return short === null
      ? pass(`Every adopter is at least ${params.minAgeGapYears} years older than every child (step-parents exempt)`)
      : fail(`Less than ${params.minAgeGapYears} years between ${short.join('; ')}`);
  },
});

export const A_ADULT = placementRule({
  code: 'A-ADULT',
  version: 1,
  description: 'Only adults (`minApplicantAge`, 18) adopt, become guardians or custodians, or take a child in any other family form.',
  legalBasis: `${CODE}, Art. 91 (adopters are adults); the same for guardians, custodians and carers`,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: { minApplicantAge: 18 },
  evaluate(facts, params) {
    let minors: string[] | null = null;
    const applicants = facts.family.applicants;
    for (let a = 0; a < applicants.length; a++) {
      if (!hasReachedAge(applicants[a]!.birthDate, params.minApplicantAge, facts.asOf)) (minors ??= []).push(applicantLabel(a));
    }
    return minors === null
      ? pass(`Every applicant is ${params.minApplicantAge} or over`)
      : fail(`${capitalize(listLabels(minors))}: under ${params.minApplicantAge}`);
  },
});

/** The day the Constitutional Court struck the bar down: it never applies from this day on, whatever a policy says. */
export const UNMARRIED_MAN_BAR_STRUCK_DOWN = '2024-07-23';

export const A_UNMARRIED_MAN = placementRule<NoParams>({
  code: 'A-UNMARRIED-MAN',
  version: 1,
  description:
    'Historical: a man not in a registered marriage could not adopt alone (Art. 91(2) item 11). Struck down by the Constitutional ' +
    'Court on 2024-07-23 (Resolution No. 49-NP): in force until 2024-07-22 only, for evaluating past decisions.',
  legalBasis: `${CODE}, Art. 91(2) item 11; struck down by Constitutional Court Resolution No. 49-NP of 2024-07-23`,
  confidence: 'high',
  kind: 'HARD',
  forms: [PlacementForm.ADOPTION],
  validTo: '2024-07-22',
  params: {},
  evaluate(facts) {
    // Belt and braces: a policy widening the window must not revive an unconstitutional rule.
    if (facts.asOf >= UNMARRIED_MAN_BAR_STRUCK_DOWN) return notApplicable('Struck down by the Constitutional Court on 2024-07-23 (Resolution No. 49-NP)');
    const applicants = facts.family.applicants;
    const sole = applicants.length === 1 ? applicants[0]! : undefined;
    if (sole === undefined || sole.sex !== Sex.MALE) return notApplicable('The bar concerned only a man adopting alone');
    return sole.maritalStatus !== MaritalStatus.MARRIED
      ? fail('A man not in a registered marriage could not adopt alone before 2024-07-23')
      : pass('The man adopting alone is in a registered marriage');
  },
});

export const A_CONSENT = placementRule({
  code: 'A-CONSENT',
  version: 1,
  description:
    'A child aged `childConsentAge` (10) or over on the date must consent to adoption; for the other forms the child’s opinion ' +
    'is recorded. Until it is recorded the placement cannot advance.',
  legalBasis: `${CODE}: consent of a child aged 10 or over to adoption; the opinion of a child aged 10 or over in the other forms`,
  confidence: 'medium',
  kind: 'ACTION',
  forms: FAMILY_FORMS,
  params: { childConsentAge: 10 },
  evaluate(facts, params) {
    let missing: string[] | null = null;
    let asked = 0;
    for (let c = 0; c < facts.children.length; c++) {
      const child = facts.children[c]!;
      if (!hasReachedAge(child.birthDate, params.childConsentAge, facts.asOf)) continue;
      asked++;
      if (!facts.consentRecordedFor.includes(child.id)) (missing ??= []).push(childLabel(c));
    }
    const what = facts.form === PlacementForm.ADOPTION ? 'consent to the adoption' : 'opinion';
    if (missing !== null) return needsAction(`Record the ${what} of ${listLabels(missing)}`);
    return asked === 0 ? notApplicable(`No child is ${params.childConsentAge} or over`) : pass(`The ${what} of every child aged ${params.childConsentAge} or over is recorded`);
  },
});
