import { CheckResult, Citizenship, PlacementForm } from '../../../shared/enums.js';
import { BackgroundCheckKind, KinshipRelation } from '../../families/family.enums.js';
import type { ApplicantFacts, PlacementCase } from '../matching.facts.js';
import type { MatchingForm, Rule, RuleResult } from '../rule.js';
import {
  CODE,
  FAMILY_FORMS,
  applicantLabel,
  capitalize,
  fail,
  isRelativeOfCase,
  latestCheck,
  listLabels,
  notApplicable,
  pass,
  placementRule,
  tenge,
  type NoParams,
} from './support.js';

/**
 * D1–D12: who may not take a child into the family, whatever the form (Code Art. 91(2) for
 * adoption; the guardianship article repeats the list). The D-rules FAIL only on a FLAGGED
 * check; a missing, pending or stale check is the business of CHECKS-CURRENT (an ACTION), so
 * a family waiting for a certificate is "pending", not "refused".
 */

const DISQUALIFICATIONS = `${CODE}, Art. 91(2) (adopters); the article on guardians and custodians repeats the list`;

/** The forms D12 (criminal prosecution) applies to, from 2026-02-04. */
export const PROSECUTION_FORMS: readonly MatchingForm[] = [
  PlacementForm.ADOPTION,
  PlacementForm.GUARDIANSHIP,
  PlacementForm.CUSTODY,
  PlacementForm.PATRONAGE,
];
export const PROSECUTION_BAR_FROM = '2026-02-04';

/** Whether the applicant's newest check of one of `kinds` on `asOf` is FLAGGED. */
function isFlagged(applicant: ApplicantFacts, kinds: readonly string[], asOf: string): boolean {
  for (const check of applicant.checks) {
    // Fast path first: nearly every check is CLEAR; only a flag needs the newest-check lookup.
    if (check.result !== CheckResult.FLAGGED || check.checkedAt > asOf || !kinds.includes(check.kind)) continue;
    if (latestCheck(applicant, check.kind, asOf) === check) return true;
  }
  return false;
}

/** Labels of the applicants whose newest check of one of `kinds` is FLAGGED; null when none (no allocation). */
function flaggedApplicants(facts: PlacementCase, kinds: readonly BackgroundCheckKind[]): string[] | null {
  let flagged: string[] | null = null;
  const applicants = facts.family.applicants;
  for (let i = 0; i < applicants.length; i++) {
    if (isFlagged(applicants[i]!, kinds, facts.asOf)) (flagged ??= []).push(applicantLabel(i));
  }
  return flagged;
}

interface CheckRuleSpec {
  code: string;
  kinds: readonly BackgroundCheckKind[];
  /** What the flag means, after "Applicant 2: ". */
  disqualifies: string;
  /** The PASS message. */
  clear: string;
  description: string;
  legalBasis?: string;
  confidence?: 'high' | 'medium' | 'low';
  forms?: readonly MatchingForm[];
  validFrom?: string;
}

function disqualifyingCheck(spec: CheckRuleSpec): Rule<PlacementCase, NoParams> {
  // One shared result: nearly every family passes, and a result is never mutated.
  const passed = pass(spec.clear);
  return placementRule<NoParams>({
    code: spec.code,
    version: 1,
    description: spec.description,
    legalBasis: spec.legalBasis ?? DISQUALIFICATIONS,
    confidence: spec.confidence ?? 'medium',
    kind: 'HARD',
    forms: spec.forms ?? FAMILY_FORMS,
    validFrom: spec.validFrom,
    params: {},
    evaluate(facts) {
      const flagged = flaggedApplicants(facts, spec.kinds);
      return flagged === null ? passed : fail(`${capitalize(listLabels(flagged))}: ${spec.disqualifies}`);
    },
  });
}

export const D1 = disqualifyingCheck({
  code: 'D1',
  kinds: [BackgroundCheckKind.LEGAL_CAPACITY],
  disqualifies: 'declared incapacitated or of limited capacity',
  clear: 'No applicant is declared incapacitated or of limited capacity',
  description: 'D1: a person declared incapacitated or of limited capacity by a court may not take a child (for adoption, either spouse).',
});

export const D2 = disqualifyingCheck({
  code: 'D2',
  kinds: [BackgroundCheckKind.PARENTAL_RIGHTS],
  disqualifies: 'deprived of, or limited in, parental rights',
  clear: 'No applicant is deprived of, or limited in, parental rights',
  description: 'D2: a person deprived of, or limited in, parental rights by a court may not take a child.',
});

export const D3 = disqualifyingCheck({
  code: 'D3',
  kinds: [BackgroundCheckKind.GUARDIANSHIP_REMOVAL],
  disqualifies: 'removed from guardian or custodian duties for improper performance',
  clear: 'No applicant was removed from guardian or custodian duties',
  description: 'D3: a person removed from guardian or custodian duties for improper performance may not take a child.',
});

export const D4 = disqualifyingCheck({
  code: 'D4',
  kinds: [BackgroundCheckKind.ADOPTION_REVOCATION],
  disqualifies: 'a former adopter whose adoption was revoked through their fault',
  clear: 'No applicant had an adoption revoked through their fault',
  description: 'D4: a former adopter whose adoption was revoked by a court through their fault may not take a child.',
});

/** Conditions of the Ministry of Health list (Order No. 692 of 28 Aug 2015) as codes a medical check may record. */
export const D5_CONDITIONS = [
  'MENTAL_DISORDER',
  'ALCOHOLISM',
  'DRUG_ADDICTION',
  'SUBSTANCE_ABUSE',
  'TUBERCULOSIS',
  'SEXUALLY_TRANSMITTED_DISEASE',
  'LEPROSY',
  'SEVERE_CONNECTIVE_TISSUE_DISEASE',
  'SEVERE_DERMATOSIS',
  'NEEDS_CONSTANT_CARE',
];

const MEDICAL = [BackgroundCheckKind.MEDICAL];

export const D5 = placementRule({
  code: 'D5',
  version: 1,
  description:
    'D5: a person with a condition on the Ministry of Health list may not take a child. The list is the `conditions` parameter; ' +
    'HIV/AIDS was on it until 2022-12-10 (`hivListedUntil`) and was removed from 2022-12-11. A FLAGGED medical check without ' +
    'recorded condition codes disqualifies by itself; with codes, only listed conditions do.',
  legalBasis: `${DISQUALIFICATIONS}; Order of the Minister of Health and Social Development No. 692 of 28 Aug 2015 (list of diseases), HIV/AIDS removed from 2022-12-11`,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: { conditions: D5_CONDITIONS, hivListedUntil: '2022-12-10' },
  evaluate(facts, params) {
    let flagged: string[] | null = null;
    const applicants = facts.family.applicants;
    for (let i = 0; i < applicants.length; i++) {
      if (!isFlagged(applicants[i]!, MEDICAL, facts.asOf)) continue;
      const check = latestCheck(applicants[i]!, BackgroundCheckKind.MEDICAL, facts.asOf)!;
      let listed = check.conditions === undefined || check.conditions.length === 0;
      for (const condition of check.conditions ?? []) {
        if (params.conditions.includes(condition) || (condition === 'HIV' && facts.asOf <= params.hivListedUntil)) listed = true;
      }
      if (listed) (flagged ??= []).push(applicantLabel(i));
    }
    return flagged === null
      ? pass('No applicant has a condition of the Ministry of Health list')
      : fail(`${capitalize(listLabels(flagged))}: a condition of the Ministry of Health list`);
  },
});

export const D6 = placementRule<NoParams>({
  code: 'D6',
  version: 1,
  description: 'D6: a family without a permanent place of residence (no housing recorded) may not take a child.',
  legalBasis: DISQUALIFICATIONS,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: {},
  evaluate: (facts) =>
    facts.family.housingKind === undefined ? fail('The family has no permanent place of residence recorded') : pass('The family has a permanent place of residence'),
});

export const D7 = disqualifyingCheck({
  code: 'D7',
  kinds: [BackgroundCheckKind.CRIMINAL_RECORD],
  disqualifies: 'an unexpunged conviction for an intentional crime, or a listed offence',
  clear: 'No applicant has an unexpunged conviction or a listed offence',
  description:
    'D7: an unexpunged conviction for an intentional crime, or a conviction or prosecution for a listed offence (unless ended on rehabilitating grounds), disqualifies.',
});

export const D8 = placementRule<NoParams>({
  code: 'D8',
  version: 1,
  description: 'D8: a stateless person may not take a child.',
  legalBasis: DISQUALIFICATIONS,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: {},
  evaluate(facts) {
    let stateless: string[] | null = null;
    const applicants = facts.family.applicants;
    for (let i = 0; i < applicants.length; i++) {
      if (applicants[i]!.citizenship === Citizenship.STATELESS) (stateless ??= []).push(applicantLabel(i));
    }
    return stateless === null ? pass('No applicant is stateless') : fail(`${capitalize(listLabels(stateless))}: stateless`);
  },
});

/** Subsistence minimum per person per month for 2026 (republican budget law), in tenge. */
export const SUBSISTENCE_MINIMUM_2026 = 50_851;

export const D9 = placementRule({
  code: 'D9',
  version: 1,
  description:
    'D9: the family income per household member (applicants, children already in the household, children placed now and the ' +
    'children of this case) must reach the subsistence minimum. `subsistenceMinimum` is tenge per person per month, set yearly ' +
    'by the republican budget law; the default 50,851 ₸ is the 2026 figure: update the policy every January.',
  legalBasis: DISQUALIFICATIONS,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: { subsistenceMinimum: SUBSISTENCE_MINIMUM_2026 },
  evaluate(facts, params) {
    const family = facts.family;
    const members = family.applicants.length + family.childrenInHousehold + family.activePlacements + facts.children.length;
    return family.monthlyIncome < params.subsistenceMinimum * members
      ? fail(`Income per household member (${members} members) is below the subsistence minimum of ${tenge(params.subsistenceMinimum)}`)
      : pass(`Income per household member (${members} members) reaches the subsistence minimum`);
  },
});

export const D10 = disqualifyingCheck({
  code: 'D10',
  kinds: [BackgroundCheckKind.NARCOLOGICAL_REGISTER, BackgroundCheckKind.PSYCHONEUROLOGICAL_REGISTER],
  disqualifies: 'registered at a narcological or psychoneurological dispensary',
  clear: 'No applicant is registered at a narcological or psychoneurological dispensary',
  description: 'D10: a person registered at a narcological or psychoneurological dispensary may not take a child.',
});

/** Close relatives in the Code's sense (Art. 1: grandparents, full and half siblings); the list is a parameter. */
export const CLOSE_RELATIONS: string[] = [KinshipRelation.GRANDPARENT, KinshipRelation.ADULT_SIBLING];

function trainingCertificate(facts: PlacementCase, params: { exemptRelations: string[] }): RuleResult {
  const certificate = facts.family.trainingCertificateDate;
  if (certificate !== undefined && certificate <= facts.asOf) return pass('The family holds the training certificate');
  if (isRelativeOfCase(facts.family, facts.children, params.exemptRelations)) return notApplicable('Close relatives of the child need no training certificate');
  return fail('The family has no training certificate of the course for persons taking orphans into a family');
}

const TRAINING_BASIS = `${DISQUALIFICATIONS}; required of guest families since 2022-08-18`;

/** D11 for every form but guest families: the requirement predates them. */
export const D11 = placementRule({
  code: 'D11',
  version: 1,
  description:
    'D11: the family must hold the certificate of the training course for persons taking orphans into a family; close relatives ' +
    'of a child of the case (`exemptRelations`) are exempt. Guest families: see D11-GUEST.',
  legalBasis: TRAINING_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: FAMILY_FORMS.filter((form) => form !== PlacementForm.GUEST_FAMILY),
  params: { exemptRelations: CLOSE_RELATIONS },
  evaluate: trainingCertificate,
});

/** D11 for guest families, a rule of its own so that its validity window (from 2022-08-18) enforces the date. */
export const D11_GUEST = placementRule({
  code: 'D11-GUEST',
  version: 1,
  description: 'D11 for guest families, from 2022-08-18: the training certificate; close relatives of a child of the case are exempt.',
  legalBasis: TRAINING_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.GUEST_FAMILY],
  validFrom: '2022-08-18',
  params: { exemptRelations: CLOSE_RELATIONS },
  evaluate: trainingCertificate,
});

export const D12 = disqualifyingCheck({
  code: 'D12',
  kinds: [BackgroundCheckKind.CRIMINAL_PROSECUTION],
  disqualifies: 'currently under criminal prosecution',
  clear: 'No applicant is under criminal prosecution',
  description: 'D12, from 2026-02-04: a person currently under criminal prosecution may not adopt or become a guardian, custodian or patronage carer.',
  legalBasis: `${DISQUALIFICATIONS}, as amended in force from 2026-02-04 (official portal summaries)`,
  forms: PROSECUTION_FORMS,
  validFrom: PROSECUTION_BAR_FROM,
});
