import type { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../../shared/enums.js';
import type { ChildStatus, LegalStatus, SpecialNeed } from '../children/child.enums.js';
import type { AssessmentStatus, BackgroundCheckKind, HousingKind, KinshipRelation, MaritalStatus } from '../families/family.enums.js';

/**
 * The plain facts the eligibility rules read. Loaded from the database by the matching
 * service (one SQL statement per side), evaluated in pure code: no ORM, no GraphQL here.
 */

export interface ChildFacts {
  id: string;
  birthDate: string;
  sex: Sex;
  regionCode: string;
  /** The district the child's case is kept in; unknown: kept at region level. */
  districtCode?: string;
  legalStatus: LegalStatus;
  status: ChildStatus;
  /** Registration in the Republican Data Bank: PRI-2 counts the foreign waiting period from it. */
  registeredAt: string;
  specialNeeds: SpecialNeed[];
  languages: Language[];
  siblingGroupId?: string;
  /** The settlement the child lives in (its institution's while in one), for the same-settlement score (LOCATION, M-LOCATION); unknown: region level only. */
  settlement?: string;
}

export interface CheckFacts {
  kind: BackgroundCheckKind;
  result: CheckResult;
  checkedAt: string;
  /**
   * Optional (added by the rules): for a FLAGGED MEDICAL check, the codes of the conditions found
   * (D5 list, e.g. TUBERCULOSIS). Absent: the flag alone disqualifies.
   */
  conditions?: string[];
}

export interface ApplicantFacts {
  birthDate: string;
  sex: Sex;
  citizenship: Citizenship;
  residesInKazakhstan: boolean;
  maritalStatus: MaritalStatus;
  checks: CheckFacts[];
}

export interface FamilyFacts {
  id: string;
  forms: PlacementForm[];
  regionCode: string;
  settlement: string;
  monthlyIncome: number;
  housingKind?: HousingKind;
  assessmentStatus: AssessmentStatus;
  approvedAt?: string;
  approvalExpiresAt?: string;
  trainingCertificateDate?: string;
  preferences: {
    childAgeMin: number;
    childAgeMax: number;
    childSex?: Sex;
    maxChildren: number;
    acceptsSiblings: boolean;
    specialNeedsAccepted: SpecialNeed[];
    languages: Language[];
  };
  /** How many more children the household can take. */
  capacity: number;
  childrenInHousehold: number;
  /** Children placed with the family now (ACTIVE placements): its current load. */
  activePlacements: number;
  acceptingPlacements: boolean;
  /** The UTC day the family last confirmed its availability and capacity (AVAILABILITY-CURRENT). */
  availabilityConfirmedOn: string;
  applicants: ApplicantFacts[];
  /** The family's relation to children of the data bank (PRI-1, D11 exemption, A-AGE step-parent exemption). */
  kinships: { childId: string; relation: KinshipRelation }[];
  /** Special needs of children the family has raised in earlier placements. */
  specialNeedsExperience: SpecialNeed[];
}

/** An exception a worker records to go past an overridable rule. */
export interface RuleOverride {
  code: string;
  reason: string;
  /** Required where the law lets only a court shorten the rule (A-AGE). */
  courtDecisionReference?: string;
  courtDecisionDate?: string;
}

/** One child (or a sibling group, matched as one unit) with one family in one form, on one date. */
export interface PlacementCase {
  form: PlacementForm;
  asOf: string;
  /** The child asked about first, then its siblings placed together with it. */
  children: ChildFacts[];
  /** Siblings of these children that would be left behind by this placement (SIB). */
  siblingsLeftBehind: number;
  family: FamilyFacts;
  /** Codes of the regions bordering the child's region, for the neighbouring-region score. */
  neighbouringRegions: string[];
  /** Children aged 10+ whose consent (A-CONSENT) has been recorded, by id. */
  consentRecordedFor: string[];
  /** PRI-2: the commission's conclusion that no placement in Kazakhstan was possible. */
  foreignPlacementConclusion: boolean;
  overrides: RuleOverride[];
}

export interface MentorFacts {
  id: string;
  birthDate: string;
  citizenship: Citizenship;
  regionCode: string;
  city: string;
  trainingCertificateDate?: string;
  backgroundCheckResult: CheckResult;
  backgroundCheckDate?: string;
  languages: Language[];
  maxMentees: number;
  /** Mentorships that are not CLOSED. */
  openMentorships: number;
  available: boolean;
}

export interface MentoringCase {
  asOf: string;
  child: ChildFacts;
  mentor: MentorFacts;
  neighbouringRegions: string[];
}
