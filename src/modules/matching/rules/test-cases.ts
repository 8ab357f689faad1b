import { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../../../shared/enums.js';
import { ChildStatus, LegalStatus } from '../../children/child.enums.js';
import { AssessmentStatus, BackgroundCheckKind, HousingKind, MaritalStatus } from '../../families/family.enums.js';
import type { ApplicantFacts, CheckFacts, ChildFacts, FamilyFacts, MentorFacts, MentoringCase, PlacementCase } from '../matching.facts.js';
import type { Rule, RuleParams, RuleResult } from '../rule.js';

/**
 * Synthetic cases for the rules' tests (no real person): by default an approved married couple
 * in Astana, every check clear, and one 7-year-old girl of the same city, on 2026-03-01.
 */

export const AS_OF = '2026-03-01';

export const child = (overrides: Partial<ChildFacts> = {}): ChildFacts => ({
  id: 'child-1',
  birthDate: '2018-05-10',
  sex: Sex.FEMALE,
  regionCode: 'ASTANA',
  settlement: 'Astana',
  legalStatus: LegalStatus.ORPHAN,
  status: ChildStatus.IN_INSTITUTION,
  registeredAt: '2024-01-15',
  specialNeeds: [],
  languages: [Language.KAZAKH, Language.RUSSIAN],
  ...overrides,
});

export const checks = (result: CheckResult = CheckResult.CLEAR, checkedAt = '2026-01-10'): CheckFacts[] =>
  Object.values(BackgroundCheckKind).map((kind) => ({ kind, result, checkedAt }));

/** The applicant's clear checks, with the given ones replacing those of the same kind. */
export const checksWith = (...changed: CheckFacts[]): CheckFacts[] => [...checks().filter((c) => !changed.some((x) => x.kind === c.kind)), ...changed];

export const applicant = (overrides: Partial<ApplicantFacts> = {}): ApplicantFacts => ({
  birthDate: '1985-04-12',
  sex: Sex.MALE,
  citizenship: Citizenship.KAZAKHSTAN,
  residesInKazakhstan: true,
  maritalStatus: MaritalStatus.MARRIED,
  checks: checks(),
  ...overrides,
});

export const secondApplicant = (overrides: Partial<ApplicantFacts> = {}): ApplicantFacts =>
  applicant({ birthDate: '1987-09-30', sex: Sex.FEMALE, ...overrides });

type FamilyOverrides = Partial<Omit<FamilyFacts, 'preferences'>> & { preferences?: Partial<FamilyFacts['preferences']> };

export const family = (overrides: FamilyOverrides = {}): FamilyFacts => {
  const { preferences, ...rest } = overrides;
  return {
    id: 'family-1',
    forms: Object.values(PlacementForm),
    regionCode: 'ASTANA',
    settlement: 'Astana',
    monthlyIncome: 600_000,
    housingKind: HousingKind.OWNED_APARTMENT,
    assessmentStatus: AssessmentStatus.APPROVED,
    approvedAt: '2025-06-01',
    approvalExpiresAt: '2027-06-01',
    trainingCertificateDate: '2025-05-01',
    capacity: 3,
    childrenInHousehold: 0,
    activePlacements: 0,
    acceptingPlacements: true,
    availabilityConfirmedOn: '2026-02-01',
    applicants: [applicant(), secondApplicant()],
    kinships: [],
    specialNeedsExperience: [],
    ...rest,
    preferences: {
      childAgeMin: 0,
      childAgeMax: 17,
      maxChildren: 3,
      acceptsSiblings: true,
      specialNeedsAccepted: [],
      languages: [Language.KAZAKH],
      ...preferences,
    },
  };
};

type CaseOverrides = Partial<Omit<PlacementCase, 'family'>> & { family?: FamilyOverrides };

export const placement = (overrides: CaseOverrides = {}): PlacementCase => {
  const { family: familyOverrides, ...rest } = overrides;
  return {
    form: PlacementForm.ADOPTION,
    asOf: AS_OF,
    children: [child()],
    siblingsLeftBehind: 0,
    family: family(familyOverrides),
    neighbouringRegions: ['AKMOLA', 'KARAGANDA'],
    consentRecordedFor: [],
    foreignPlacementConclusion: false,
    overrides: [],
    ...rest,
  };
};

export const mentor = (overrides: Partial<MentorFacts> = {}): MentorFacts => ({
  id: 'mentor-1',
  birthDate: '1990-02-14',
  citizenship: Citizenship.KAZAKHSTAN,
  regionCode: 'ASTANA',
  city: 'Astana',
  trainingCertificateDate: '2025-04-01',
  backgroundCheckResult: CheckResult.CLEAR,
  backgroundCheckDate: '2025-03-15',
  languages: [Language.KAZAKH],
  maxMentees: 2,
  openMentorships: 0,
  available: true,
  ...overrides,
});

export const mentoring = (overrides: Partial<Omit<MentoringCase, 'mentor'>> & { mentor?: Partial<MentorFacts> } = {}): MentoringCase => {
  const { mentor: mentorOverrides, ...rest } = overrides;
  return {
    asOf: AS_OF,
    child: child({ birthDate: '2013-09-01' }),
    mentor: mentor(mentorOverrides),
    neighbouringRegions: ['AKMOLA'],
    ...rest,
  };
};

/** Runs one rule directly, with its defaults changed by `params` (validity windows are the evaluator's business). */
export function run<F, P extends RuleParams>(rule: Rule<F, P>, facts: F, params: Partial<P> = {}): RuleResult {
  return rule.evaluate(facts, { ...rule.params, ...params });
}
