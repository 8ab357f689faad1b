import type { CheckResult, Citizenship, Language, PlacementForm, Sex } from '../src/shared/enums.js';
import type { ChildStatus, DataBankExitReason, HealthGroup, LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import type { AssessmentStatus, BackgroundCheckKind, HousingKind, KinshipRelation, MaritalStatus } from '../src/modules/families/family.enums.js';
import type { MeetingKind, MentorshipCloseReason, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import type { InstitutionKind } from '../src/modules/institutions/institution.entity.js';
import type { DecisionKind, PlacementEndReason, PlacementStatus } from '../src/modules/placements/placement.enums.js';

/**
 * Plain rows of the synthetic population: generated in memory, then turned into entities and
 * inserted in batches. References hold the primary key of the referenced row.
 */
export interface Row {
  id: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SiblingGroupRow extends Row {
  note?: string;
}

export interface ChildRow extends Row {
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  searchName: string;
  birthDate: string;
  sex: Sex;
  region: string;
  legalStatus: LegalStatus;
  registeredAt: string;
  identifiedAt: Date;
  dataBankRegisteredAt?: Date;
  healthGroup: HealthGroup;
  specialNeeds: SpecialNeed[];
  healthNotes?: string;
  languages: Language[];
  siblingGroup?: string;
  status: ChildStatus;
  exitReason?: DataBankExitReason;
  exitedAt?: string;
  caseNotes?: string;
  district?: string;
  settlement?: string;
  institution?: string;
}

export interface InstitutionRow extends Row {
  name: string;
  searchName: string;
  kind: InstitutionKind;
  region: string;
  district?: string;
  settlement: string;
  address: string;
  capacity: number;
}

export interface BackgroundCheckRow {
  kind: BackgroundCheckKind;
  result: CheckResult;
  checkedAt: string;
  detail?: string;
}

export interface FamilyRow extends Row {
  forms: PlacementForm[];
  region: string;
  district?: string;
  settlement: string;
  searchName: string;
  monthlyIncome: number;
  housing: { kind: HousingKind; areaSqm: number; rooms: number };
  /** The decision as recorded (Family.decidedStatus). */
  decidedStatus: AssessmentStatus;
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
  capacity: number;
  childrenInHousehold: number;
  contactPhone?: string;
  contactEmail?: string;
  address?: string;
  acceptingPlacements: boolean;
  availabilityNote?: string;
}

export interface ApplicantRow extends Row {
  family: string;
  position: number;
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  birthDate: string;
  sex: Sex;
  citizenship: Citizenship;
  residesInKazakhstan: boolean;
  maritalStatus: MaritalStatus;
  checks: BackgroundCheckRow[];
}

export interface KinshipRow extends Row {
  family: string;
  child: string;
  relation: KinshipRelation;
}

export interface MentorRow extends Row {
  iin: string;
  lastName: string;
  firstName: string;
  middleName?: string;
  searchName: string;
  birthDate: string;
  sex: Sex;
  citizenship: Citizenship;
  region: string;
  city: string;
  trainingCertificateDate?: string;
  backgroundCheckResult: CheckResult;
  backgroundCheckDate?: string;
  languages: Language[];
  interests: string[];
  maxMentees: number;
  available: boolean;
  contactPhone?: string;
  contactEmail?: string;
}

export interface PlacementRow extends Row {
  child: string;
  family: string;
  form: PlacementForm;
  status: PlacementStatus;
  decisionKind?: DecisionKind;
  decisionReference?: string;
  decisionDate?: string;
  startedAt?: string;
  endedAt?: string;
  endReason?: PlacementEndReason;
  endsOn?: string;
  extensionDecisionReference?: string;
  extensionDecisionDate?: string;
}

export interface TransitionRow extends Row {
  placement: string;
  at: Date;
  from?: PlacementStatus;
  to: PlacementStatus;
  note?: string;
}

export interface MentorshipRow extends Row {
  mentor: string;
  child: string;
  status: MentorshipStatus;
  startedAt?: string;
  closedAt?: string;
  closeReason?: MentorshipCloseReason;
  note?: string;
}

export interface MeetingRow extends Row {
  mentorship: string;
  date: string;
  durationMinutes: number;
  kind: MeetingKind;
  notes?: string;
}

export interface Population {
  siblingGroups: SiblingGroupRow[];
  institutions: InstitutionRow[];
  children: ChildRow[];
  families: FamilyRow[];
  applicants: ApplicantRow[];
  kinships: KinshipRow[];
  mentors: MentorRow[];
  placements: PlacementRow[];
  transitions: TransitionRow[];
  mentorships: MentorshipRow[];
  meetings: MeetingRow[];
}
