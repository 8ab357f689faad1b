import { Citizenship, PlacementForm } from '../../../shared/enums.js';
import { LegalStatus } from '../../children/child.enums.js';
import { SUBSISTENCE_MINIMUM_2026 } from './disqualification.rules.js';
import {
  CODE,
  applicantLabel,
  childLabel,
  fail,
  hasReachedAge,
  isSiblingGroup,
  listLabels,
  notApplicable,
  pass,
  placementRule,
  tenge,
} from './support.js';

/** Foster families (приемная семья) and professional foster families (приемная профессиональная семья, since 2025-07-01). */

export const F_COUNT = placementRule({
  code: 'F-COUNT',
  version: 1,
  description:
    'A foster family is formed for `min` (4) to `max` (10) children: the children already in the household, those placed now and ' +
    'this unit together may not exceed the maximum. The minimum is reported, not enforced, since a family fills up one placement at a time.',
  legalBasis: `${CODE}: a foster family takes 4 to 10 children by contract with the guardianship authority`,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.FOSTER_FAMILY],
  params: { min: 4, max: 10 },
  evaluate(facts, params) {
    const family = facts.family;
    const total = family.childrenInHousehold + family.activePlacements + facts.children.length;
    return total > params.max
      ? fail(`${total} children with this placement: a foster family holds at most ${params.max}`)
      : pass(`${total} children with this placement (a foster family is formed for ${params.min} to ${params.max} children)`);
  },
});

const PROFESSIONAL_FROM = '2025-07-01';
const PROFESSIONAL_BASIS = `${CODE}, as amended: professional foster family (приемная профессиональная семья), in force from 2025-07-01`;

export const P_CAP = placementRule({
  code: 'P-CAP',
  version: 1,
  description: 'A professional foster family holds at most `max` (4) children at once; a sibling group placed whole is exempt.',
  legalBasis: PROFESSIONAL_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY],
  validFrom: PROFESSIONAL_FROM,
  params: { max: 4 },
  evaluate(facts, params) {
    const total = facts.family.activePlacements + facts.children.length;
    if (total <= params.max) return pass(`${total} children with this placement (at most ${params.max})`);
    if (isSiblingGroup(facts.children)) return notApplicable(`${total} children with this placement: a sibling group placed whole is exempt from the limit of ${params.max}`);
    return fail(`${total} children with this placement: a professional foster family holds at most ${params.max}`);
  },
});

export const P_STAY = placementRule({
  code: 'P-STAY',
  version: 1,
  description:
    'A child stays with a professional foster family at most `maxStayMonths` (6), extendable to `extendedStayMonths` (12). Nothing to ' +
    'check when matching: the rule reports the limit as not applicable to the choice of family; the deadline runs on the placement.',
  legalBasis: PROFESSIONAL_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY],
  validFrom: PROFESSIONAL_FROM,
  params: { maxStayMonths: 6, extendedStayMonths: 12 },
  evaluate: (_facts, params) =>
    notApplicable(`Temporary placement: at most ${params.maxStayMonths} months, extendable to ${params.extendedStayMonths} (a deadline of the placement, not a condition of the family)`),
});

export const P_SCOPE = placementRule({
  code: 'P-SCOPE',
  version: 1,
  description:
    'A professional foster family takes orphans, children without parental care, neglected and street children and victims of ' +
    'abuse: every child’s legal status must be one of `scopeStatuses`. It takes children without choosing them in advance, so ' +
    'the family’s preferences are not applied (the PREF rules answer NOT_APPLICABLE).',
  legalBasis: PROFESSIONAL_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY],
  validFrom: PROFESSIONAL_FROM,
  params: { scopeStatuses: Object.values(LegalStatus) as string[] },
  evaluate(facts, params) {
    let outside: string[] | null = null;
    for (let c = 0; c < facts.children.length; c++) {
      if (!params.scopeStatuses.includes(facts.children[c]!.legalStatus)) (outside ??= []).push(childLabel(c));
    }
    return outside === null
      ? pass('Every child is within the scope of a professional foster family')
      : fail(`The legal status of ${listLabels(outside)} is outside the scope of a professional foster family`);
  },
});

export const P_CARER = placementRule({
  code: 'P-CARER',
  version: 1,
  description:
    'Professional foster carers are RK citizens aged `minAge` (30) to `maxAge` (63) on the date, with an income of at least the ' +
    'subsistence minimum and the training certificate (interview and housing check are part of APPROVAL).',
  legalBasis: PROFESSIONAL_BASIS,
  confidence: 'medium',
  kind: 'HARD',
  forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY],
  validFrom: PROFESSIONAL_FROM,
  params: { minAge: 30, maxAge: 63, subsistenceMinimum: SUBSISTENCE_MINIMUM_2026 },
  evaluate(facts, params) {
    let problems: string[] | null = null;
    const family = facts.family;
    for (let a = 0; a < family.applicants.length; a++) {
      const applicant = family.applicants[a]!;
      if (applicant.citizenship !== Citizenship.KAZAKHSTAN) (problems ??= []).push(`${applicantLabel(a)} is not an RK citizen`);
      if (!hasReachedAge(applicant.birthDate, params.minAge, facts.asOf) || hasReachedAge(applicant.birthDate, params.maxAge + 1, facts.asOf)) {
        (problems ??= []).push(`${applicantLabel(a)} is not aged ${params.minAge} to ${params.maxAge}`);
      }
    }
    if (family.monthlyIncome < params.subsistenceMinimum) (problems ??= []).push(`income below ${tenge(params.subsistenceMinimum)}`);
    if (family.trainingCertificateDate === undefined || family.trainingCertificateDate > facts.asOf) (problems ??= []).push('no training certificate');
    return problems === null
      ? pass(`The carers are RK citizens aged ${params.minAge} to ${params.maxAge}, with income and training certificate`)
      : fail(`Professional foster carers: ${problems.join('; ')}`);
  },
});
