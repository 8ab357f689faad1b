/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActivatePlacementInput = {
  note?: string | null | undefined;
  placementId: string | number;
  /** The day the child moved in; not before the decision. */
  startedAt: string;
  /** The version you read; a newer one on the server means CONFLICT. */
  version: number;
};

/** Adoption needs a COURT_DECISION; foster, professional foster and patronage a CONTRACT; guardianship, custody and guest family a GUARDIANSHIP_AUTHORITY_ACT. */
export type ApprovePlacementInput = {
  decisionDate: string;
  decisionKind: DecisionKind;
  /** Number of the court decision, contract or act. */
  decisionReference: string;
  note?: string | null | undefined;
  placementId: string | number;
  /** The version you read; a newer one on the server means CONFLICT. */
  version: number;
};

export type AuditEventFilter = {
  /** E.g. `child.update`, `child.read-case-file`. */
  action?: string | null | undefined;
  actorId?: string | number | null | undefined;
  /** The `x-request-id` the client sent with the requests that wrote the events. */
  correlationId?: string | null | undefined;
  entityId?: string | null | undefined;
  /** E.g. `Child`, `Placement`, `FamilyApplicant`. */
  entityName?: string | null | undefined;
  /** At or after this instant. */
  from?: string | null | undefined;
  /** The request that wrote the events (its server-chosen id). */
  requestId?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** PENDING while any field waits; then ACCEPTED, REJECTED or PARTLY_ACCEPTED; SUPERSEDED when the family proposed every field again in a later request. */
export type ChangeRequestStatus =
  | 'ACCEPTED'
  | 'PARTLY_ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED';

export type ChildFilter = {
  /** Full years, inclusive. */
  ageMax?: number | null | undefined;
  /** Full years, inclusive. */
  ageMin?: number | null | undefined;
  /** `ME`: your own cases; `NONE`: cases nobody owns; or a worker’s id (a supervisor’s view of a caseload). */
  assignedTo?: string | null | undefined;
  /** Defaults to your own district for district staff. */
  districtCode?: string | null | undefined;
  hasSpecialNeeds?: boolean | null | undefined;
  /** The child with exactly this IIN (found by its keyed hash). Reading it like the IIN field: staff who may read IINs, audited. */
  iin?: string | null | undefined;
  /** Children living in this institution. */
  institutionId?: string | number | null | undefined;
  legalStatus?: Array<LegalStatus> | null | undefined;
  /** Defaults to your own region for regional staff. */
  regionCode?: string | null | undefined;
  /** Words (or parts of words) of the name, in Kazakh, Russian or Latin spelling: Нұрғалиева, Нургалиева and Nurgalieva find each other. */
  search?: string | null | undefined;
  sex?: Sex | null | undefined;
  /** Children with any of these needs. */
  specialNeeds?: Array<SpecialNeed> | null | undefined;
  status?: Array<ChildStatus> | null | undefined;
};

export type ChildStatus =
  | 'ADOPTED'
  | 'AWAITING_PLACEMENT'
  | 'IN_FAMILY_PLACEMENT'
  | 'IN_INSTITUTION'
  | 'LEFT_DATA_BANK';

export type DecideTransferInput = {
  transferId: string | number;
};

export type DecisionKind =
  | 'CONTRACT'
  | 'COURT_DECISION'
  | 'GUARDIANSHIP_AUTHORITY_ACT';

export type DeclineTransferInput = {
  /** Why, for the sender. */
  reason: string;
  transferId: string | number;
};

/** A field of the Family type a family may propose a change to. */
export type FamilyChangeField =
  | 'acceptingPlacements'
  | 'address'
  | 'availabilityNote'
  | 'capacity'
  | 'childrenInHousehold'
  | 'contactEmail'
  | 'contactPhone'
  | 'householdMembers'
  | 'housing'
  | 'monthlyIncome'
  | 'preferences'
  | 'settlement';

/** Replaces the preferences as a whole: fields left out take their defaults. */
export type FamilyPreferencesInput = {
  acceptsSiblings?: boolean;
  childAgeMax?: number;
  childAgeMin?: number;
  /** Null: either sex. */
  childSex?: Sex | null | undefined;
  languages?: Array<Language>;
  maxChildren?: number;
  specialNeedsAccepted?: Array<SpecialNeed>;
};

export type FieldDecision =
  | 'ACCEPTED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUPERSEDED';

export type FieldDecisionInput = {
  /** True: the family's value replaces the record's (over staff's, in a conflict). False: the record's value stands. */
  accept: boolean;
  field: FamilyChangeField;
  /** Required to reject: the family reads it. */
  reason?: string | null | undefined;
};

export type HealthGroup =
  | 'I'
  | 'II'
  | 'III'
  | 'IV'
  | 'V';

/** Someone who lives in the household and is not an applicant. */
export type HouseholdMemberInput = {
  birthYear: number;
  fullName: string;
  relation: HouseholdRelation;
};

/** Who else lives in the household, to the applicants. */
export type HouseholdRelation =
  | 'CHILD'
  | 'GRANDPARENT'
  | 'OTHER'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE';

export type HousingInput = {
  /** Living area, square metres. */
  areaSqm: number;
  kind: HousingKind;
  rooms: number;
};

export type HousingKind =
  | 'OWNED_APARTMENT'
  | 'OWNED_HOUSE'
  | 'RELATIVES'
  | 'RENTED'
  | 'SOCIAL_HOUSING';

export type Language =
  | 'ENGLISH'
  | 'GERMAN'
  | 'KAZAKH'
  | 'KOREAN'
  | 'RUSSIAN'
  | 'SIGN_LANGUAGE'
  | 'TURKISH'
  | 'UYGHUR'
  | 'UZBEK';

/** Why the child is in the data bank. */
export type LegalStatus =
  | 'ABANDONED'
  | 'LEFT_WITHOUT_PARENTAL_CARE'
  | 'ORPHAN'
  | 'PARENTS_DEPRIVED_OF_RIGHTS'
  | 'PARENTS_INCAPACITATED'
  | 'PARENTS_LIMITED_IN_RIGHTS'
  | 'PARENTS_MISSING'
  | 'PARENTS_SERVING_SENTENCE';

export type MeetingKind =
  | 'GROUP_EVENT'
  | 'IN_PERSON'
  | 'ONLINE'
  | 'PHONE';

export type MentorshipStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED'
  | 'PROPOSED';

/** Forms of family placement under the Code on Marriage and Family. */
export type PlacementForm =
  | 'ADOPTION'
  | 'CUSTODY'
  | 'FOSTER_FAMILY'
  | 'GUARDIANSHIP'
  | 'GUEST_FAMILY'
  | 'PATRONAGE'
  | 'PROFESSIONAL_FOSTER_FAMILY';

export type PlacementStatus =
  | 'ACTIVE'
  | 'APPROVED'
  | 'ENDED'
  | 'INTRODUCTION'
  | 'PROPOSED'
  | 'TRIAL';

export type PlacementStepInput = {
  note?: string | null | undefined;
  placementId: string | number;
  /** The version you read; a newer one on the server means CONFLICT. */
  version: number;
};

export type ProposePlacementInput = {
  childId: string | number;
  familyId: string | number;
  /** PRI-2: the commission’s conclusion that no placement in Kazakhstan was possible. */
  foreignPlacementConclusion?: string | null | undefined;
  form: PlacementForm;
  /** Kept with the first transition. */
  note?: string | null | undefined;
  /** Court decision for A-AGE; a recorded reason for SIB (the siblings are then not proposed together). */
  overrides?: Array<RuleOverrideInput>;
};

export type RegisterChildInput = {
  birthDate: string;
  caseNotes?: string | null | undefined;
  /** Register even though children of the same birth date and a near name are registered (POSSIBLE_DUPLICATE named them): you checked they are someone else. */
  confirmNotDuplicate?: boolean | null | undefined;
  /** Left out: yours for district staff, none (kept at region level) otherwise. */
  districtCode?: string | null | undefined;
  firstName: string;
  healthGroup: HealthGroup;
  healthNotes?: string | null | undefined;
  /** When the guardianship body learnt of the child (now when left out; not in the future): its entry in the Republican Data Bank is due by the end of the next working day in Kazakhstan, a task of its worker until recordDataBankRegistration. */
  identifiedAt?: string | null | undefined;
  iin: string;
  /** The institution the child lives in. */
  institutionId?: string | number | null | undefined;
  languages?: Array<Language>;
  lastName: string;
  legalStatus: LegalStatus;
  /** Patronymic. */
  middleName?: string | null | undefined;
  regionCode: string;
  /** The date the child is taken onto the register: its time waiting counts from it. */
  registeredAt: string;
  /** Where the child lives; left out with an institution, the institution’s. */
  settlement?: string | null | undefined;
  sex: Sex;
  /** Join an existing sibling group. */
  siblingGroupId?: string | number | null | undefined;
  /** Start a new sibling group with this child. */
  siblingOfChildId?: string | number | null | undefined;
  specialNeeds?: Array<SpecialNeed>;
  /** AWAITING_PLACEMENT or IN_INSTITUTION. */
  status?: ChildStatus;
};

export type RequestTransferInput = {
  kind: TransferRecordKind;
  /** Why it is handed over, for the receiver. */
  note?: string | null | undefined;
  /** The child, family or mentor. */
  recordId: string | number;
  /** The worker to receive it: a social worker or supervisor for a child or a family, a coordinator or supervisor for a mentor; of any region. */
  toWorkerId: string | number;
};

/** A worker decides some or all fields of a change request; the others stay pending. */
export type ReviewFamilyChangesInput = {
  decisions: Array<FieldDecisionInput>;
  /** The version of the family record you compared it with: a newer one means CONFLICT (reload, the values may have moved). */
  familyVersion: number;
  id: string | number;
  /** The version of the change request you read. */
  version: number;
};

export type Role =
  | 'ADMIN'
  | 'FAMILY'
  | 'MENTOR'
  | 'MENTOR_COORDINATOR'
  | 'SOCIAL_WORKER'
  | 'SUPERVISOR';

/** HARD blocks, SOFT ranks, ACTION must be done before the placement advances. */
export type RuleKind =
  | 'ACTION'
  | 'HARD'
  | 'SOFT';

export type RuleOutcome =
  | 'FAIL'
  | 'NEEDS_ACTION'
  | 'NOT_APPLICABLE'
  | 'PASS';

/** Goes past an overridable rule: a court decision for A-AGE, a recorded reason for SIB. */
export type RuleOverrideInput = {
  code: string;
  /** On or before the evaluation date: a decision not yet taken is refused. */
  courtDecisionDate?: string | null | undefined;
  courtDecisionReference?: string | null | undefined;
  reason: string;
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

export type SpecialNeed =
  | 'AUTISM_SPECTRUM'
  | 'BEHAVIOURAL'
  | 'CHRONIC_ILLNESS'
  | 'DEVELOPMENTAL_DELAY'
  | 'HEARING_IMPAIRMENT'
  | 'HIV'
  | 'INTELLECTUAL_DISABILITY'
  | 'PHYSICAL_DISABILITY'
  | 'VISUAL_IMPAIRMENT';

/** What a family asks to change in its record; its worker reviews each field. Fields left out are not proposed; null proposes to clear an optional field. */
export type SubmitFamilyChangesInput = {
  acceptingPlacements?: boolean | null | undefined;
  address?: string | null | undefined;
  availabilityNote?: string | null | undefined;
  /** How many more children the household can take. */
  capacity?: number | null | undefined;
  childrenInHousehold?: number | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  /** Everyone else who lives there, the whole list; [] for none. */
  householdMembers?: Array<HouseholdMemberInput> | null | undefined;
  housing?: HousingInput | null | undefined;
  /** Monthly household income, tenge. */
  monthlyIncome?: number | null | undefined;
  preferences?: FamilyPreferencesInput | null | undefined;
  settlement?: string | null | undefined;
  /** The version of your record you read: each field is proposed against its value at that version. */
  version: number;
};

/** What happened: registration, an identity correction, a placement step (its transition says which), a consent or opinion, a mentorship begun or ended, a meeting, a transfer of the case asked, accepted, declined or withdrawn. */
export type TimelineKind =
  | 'CONSENT'
  | 'CORRECTED'
  | 'MEETING'
  | 'MENTORSHIP_CLOSED'
  | 'MENTORSHIP_PROPOSED'
  | 'MENTORSHIP_STARTED'
  | 'PLACEMENT_STEP'
  | 'REGISTERED'
  | 'TRANSFER_ACCEPTED'
  | 'TRANSFER_DECLINED'
  | 'TRANSFER_REQUESTED'
  | 'TRANSFER_WITHDRAWN';

/** The kind of case handed over: a child, a family or a mentor. */
export type TransferRecordKind =
  | 'CHILD'
  | 'FAMILY'
  | 'MENTOR';

/** PENDING until the receiver answers (ACCEPTED or DECLINED) or the sending side takes it back (WITHDRAWN). */
export type TransferStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'WITHDRAWN';

export type AdminStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminStaffQuery = { staffAccounts: { totalCount: number, edges: Array<{ node: { id: string, email: string, displayName: string, role: Role, regionCode: string | null, districtCode: string | null, activated: boolean, disabled: boolean } }> } };

export type AdminPolicyQueryVariables = Exact<{
  version?: number | null | undefined;
}>;


export type AdminPolicyQuery = { matchingPolicy: { version: number, createdAt: string, note: string | null, rules: Array<{ code: string, kind: RuleKind, description: string, legalBasis: string, enabled: boolean, validFrom: string | null, validTo: string | null, params: unknown, version: number }> } };

export type AdminAuditQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AdminAuditQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { id: string, at: string, action: string, entityName: string, entityId: string, actorRole: Role | null, fields: Array<string> } }> } };

export type ConsoleLoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string, user: { id: string, email: string, displayName: string, role: Role, regionCode: string | null, districtCode: string | null } } };

export type CoordinatorMentorsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorMentorsQuery = { mentors: { totalCount: number, edges: Array<{ node: { id: string, firstName: string, lastName: string, middleName: string | null, city: string, available: boolean, activeMenteeCount: number, maxMentees: number } }> }, mentorships: { totalCount: number, edges: Array<{ node: { id: string, status: MentorshipStatus, startedAt: string | null, mentor: { id: string, firstName: string, lastName: string } | null, child: { id: string, firstName: string, lastName: string } | null, meetings: Array<{ id: string, date: string, kind: MeetingKind, durationMinutes: number }> } }> } };

export type CoordinatorMenteeCandidatesQueryVariables = Exact<{
  mentorId: string | number;
}>;


export type CoordinatorMenteeCandidatesQuery = { mentor: { id: string, firstName: string, lastName: string, middleName: string | null, city: string }, menteeCandidates: Array<{ eligible: boolean, score: number, child: { id: string, firstName: string, lastName: string, age: number }, reasons: Array<{ code: string, kind: RuleKind, outcome: RuleOutcome, message: string, legalBasis: string, overridden: boolean }> }> };

export type FamilyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type FamilyProfileQuery = { myFamily: { id: string, version: number, contactPhone: string | null, contactEmail: string | null, address: string | null, settlement: string, availabilityNote: string | null, acceptingPlacements: boolean, capacity: number, pendingChanges: Array<{ id: string, createdAt: string, fields: Array<{ field: FamilyChangeField, proposedValue: unknown, decision: FieldDecision }> }>, placements: Array<{ id: string, form: PlacementForm, status: PlacementStatus, transitions: Array<{ id: string, to: PlacementStatus, at: string }> }> } | null };

export type FamilySubmitChangesMutationVariables = Exact<{
  input: SubmitFamilyChangesInput;
}>;


export type FamilySubmitChangesMutation = { submitFamilyChanges: { id: string, status: ChangeRequestStatus } };

export type SupervisorApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorApprovalsQuery = { onTrial: { edges: Array<{ node: { id: string, form: PlacementForm, status: PlacementStatus, version: number, createdAt: string, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, transitions: Array<{ to: PlacementStatus, actorName: string | null }> } }> }, introduced: { edges: Array<{ node: { id: string, form: PlacementForm, status: PlacementStatus, version: number, createdAt: string, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, transitions: Array<{ to: PlacementStatus, actorName: string | null }> } }> } };

export type WaitingApprovalFragment = { id: string, form: PlacementForm, status: PlacementStatus, version: number, createdAt: string, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, transitions: Array<{ to: PlacementStatus, actorName: string | null }> };

export type SupervisorApproveMutationVariables = Exact<{
  input: ApprovePlacementInput;
}>;


export type SupervisorApproveMutation = { approvePlacement: { id: string, status: PlacementStatus, version: number } };

export type SupervisorCaseloadsQueryVariables = Exact<{
  regionCode: string;
}>;


export type SupervisorCaseloadsQuery = { caseloads: Array<{ openChildren: number, families: number, mentors: number, openPlacements: number, overdueStays: number, expiredApprovals: number, lapsingApprovals: number, overdue: number, overdueTasks: number, worker: { id: string, displayName: string, role: Role } }> };

export type SupervisorFiguresQueryVariables = Exact<{
  regionCode: string;
  from: string;
  to: string;
}>;


export type SupervisorFiguresQuery = { regionFigures: { childrenInDataBank: number, familiesApproved: number, familiesLapsing: number, medianDaysToPlacement: number | null, mentorshipsActive: number, tasksOverdue: number, specialists: number, specialistsPer5000: number | null, standardPer5000: number, waitingByAge: Array<{ band: string, count: number }>, waitingByTime: Array<{ band: string, count: number }>, placementsByMonth: Array<{ month: string, form: PlacementForm, started: number, ended: number, breakdowns: number }> } };

export type TransfersWaitingQueryVariables = Exact<{ [key: string]: never; }>;


export type TransfersWaitingQuery = { waiting: { edges: Array<{ node: { id: string, kind: TransferRecordKind, status: TransferStatus, note: string | null, declineReason: string | null, createdAt: string, toWorkerName: string, fromRegion: { code: string, nameRu: string, nameKk: string, nameEn: string }, fromWorker: { id: string, displayName: string } | null, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, mentor: { id: string, firstName: string, lastName: string, middleName: string | null } | null } }> }, sent: { edges: Array<{ node: { id: string, kind: TransferRecordKind, status: TransferStatus, note: string | null, declineReason: string | null, createdAt: string, toWorkerName: string, fromRegion: { code: string, nameRu: string, nameKk: string, nameEn: string }, fromWorker: { id: string, displayName: string } | null, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, mentor: { id: string, firstName: string, lastName: string, middleName: string | null } | null } }> } };

export type TransferRowFragment = { id: string, kind: TransferRecordKind, status: TransferStatus, note: string | null, declineReason: string | null, createdAt: string, toWorkerName: string, fromRegion: { code: string, nameRu: string, nameKk: string, nameEn: string }, fromWorker: { id: string, displayName: string } | null, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, mentor: { id: string, firstName: string, lastName: string, middleName: string | null } | null };

export type TransferCasesQueryVariables = Exact<{
  assignedTo?: string | null | undefined;
  regionCode: string;
}>;


export type TransferCasesQuery = { children: { edges: Array<{ node: { id: string, firstName: string, lastName: string, middleName: string | null, birthDate: string } }> }, families: { edges: Array<{ node: { id: string, applicants: Array<{ firstName: string, lastName: string }> } }> }, staffMembers: Array<{ id: string, displayName: string, role: Role }> };

export type TransferRequestMutationVariables = Exact<{
  input: RequestTransferInput;
}>;


export type TransferRequestMutation = { requestTransfer: { id: string, status: TransferStatus, toWorkerName: string } };

export type TransferAcceptMutationVariables = Exact<{
  input: DecideTransferInput;
}>;


export type TransferAcceptMutation = { acceptTransfer: { id: string, status: TransferStatus } };

export type TransferDeclineMutationVariables = Exact<{
  input: DeclineTransferInput;
}>;


export type TransferDeclineMutation = { declineTransfer: { id: string, status: TransferStatus } };

export type WorkerCandidatesQueryVariables = Exact<{
  childId: string | number;
  form: PlacementForm;
  asOf?: string | null | undefined;
  includeIneligible: boolean;
}>;


export type WorkerCandidatesQuery = { child: { id: string, firstName: string, lastName: string, middleName: string | null, age: number }, placementCandidates: Array<{ asOf: string, eligible: boolean, score: number, policyVersion: number, pendingActions: Array<string>, family: { id: string, settlement: string, capacity: number, applicants: Array<{ firstName: string, lastName: string }> }, reasons: Array<{ code: string, kind: RuleKind, outcome: RuleOutcome, message: string, legalBasis: string, overridden: boolean }> }> };

export type WorkerProposeMutationVariables = Exact<{
  input: ProposePlacementInput;
}>;


export type WorkerProposeMutation = { proposePlacement: { id: string, status: PlacementStatus } };

export type WorkerChangeRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerChangeRequestsQuery = { familyChangeRequests: { totalCount: number, edges: Array<{ node: { id: string, version: number, createdAt: string, family: { id: string, version: number, applicants: Array<{ firstName: string, lastName: string }> }, fields: Array<{ field: FamilyChangeField, currentValue: unknown, proposedValue: unknown, conflict: boolean, decision: FieldDecision }> } }> } };

export type WorkerReviewChangesMutationVariables = Exact<{
  input: ReviewFamilyChangesInput;
}>;


export type WorkerReviewChangesMutation = { reviewFamilyChanges: { id: string, status: ChangeRequestStatus } };

export type WorkerChildCardQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerChildCardQuery = { child: { id: string, firstName: string, lastName: string, middleName: string | null, birthDate: string, age: number, sex: Sex, status: ChildStatus, registeredAt: string, settlement: string | null, languages: Array<Language>, specialNeeds: Array<SpecialNeed> | null, version: number, iin: string | null, legalStatus: LegalStatus | null, healthGroup: HealthGroup | null, healthNotes: string | null, caseNotes: string | null, region: { code: string, nameRu: string, nameKk: string, nameEn: string }, district: { code: string, nameRu: string, nameKk: string, nameEn: string } | null, institution: { id: string, name: string } | null, currentFamily: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, assignedWorker: { id: string, displayName: string } | null, siblings: Array<{ id: string, firstName: string, lastName: string, birthDate: string, status: ChildStatus }>, siblingsElsewhere: Array<{ count: number, region: { code: string, nameRu: string, nameKk: string, nameEn: string } }>, placements: Array<{ id: string, form: PlacementForm, status: PlacementStatus, createdAt: string, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null }> | null }, childTimeline: Array<{ at: string, kind: TimelineKind, recordId: string, recordKind: string, status: string | null }> };

export type WorkerChildrenQueryVariables = Exact<{
  filter?: ChildFilter | null | undefined;
  first: number;
}>;


export type WorkerChildrenQuery = { children: { totalCount: number, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, firstName: string, lastName: string, middleName: string | null, birthDate: string, age: number, status: ChildStatus, registeredAt: string, district: { code: string, nameRu: string, nameKk: string, nameEn: string } | null, siblings: Array<{ id: string }> } }> } };

export type WorkerDistrictsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type WorkerDistrictsQuery = { districts: Array<{ code: string, nameRu: string, nameKk: string, nameEn: string }> };

export type WorkerMyDayQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkerMyDayQuery = { tasksOverdue: { totalCount: number }, tasksToday: { totalCount: number }, waiting: { totalCount: number }, inProgress: { totalCount: number, edges: Array<{ node: { id: string, status: PlacementStatus, form: PlacementForm, createdAt: string, child: { id: string, firstName: string, lastName: string } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null } }> }, overdue: { totalCount: number }, transfersWaiting: { totalCount: number } };

export type WorkerPlacementQueryVariables = Exact<{
  id: string | number;
}>;


export type WorkerPlacementQuery = { placement: { id: string, form: PlacementForm, status: PlacementStatus, version: number, decisionKind: DecisionKind | null, decisionReference: string | null, decisionDate: string | null, startedAt: string | null, endsOn: string | null, child: { id: string, firstName: string, lastName: string, middleName: string | null } | null, family: { id: string, applicants: Array<{ firstName: string, lastName: string }> } | null, transitions: Array<{ id: string, from: PlacementStatus | null, to: PlacementStatus, at: string, actorName: string | null, note: string | null }> } };

export type WorkerStartIntroductionMutationVariables = Exact<{
  input: PlacementStepInput;
}>;


export type WorkerStartIntroductionMutation = { startPlacementIntroduction: { id: string, status: PlacementStatus, version: number } };

export type WorkerStartTrialMutationVariables = Exact<{
  input: PlacementStepInput;
}>;


export type WorkerStartTrialMutation = { startPlacementTrial: { id: string, status: PlacementStatus, version: number } };

export type WorkerApproveMutationVariables = Exact<{
  input: ApprovePlacementInput;
}>;


export type WorkerApproveMutation = { approvePlacement: { id: string, status: PlacementStatus, version: number } };

export type WorkerActivateMutationVariables = Exact<{
  input: ActivatePlacementInput;
}>;


export type WorkerActivateMutation = { activatePlacement: { id: string, status: PlacementStatus, version: number } };

export type WorkerRegisterChildMutationVariables = Exact<{
  input: RegisterChildInput;
}>;


export type WorkerRegisterChildMutation = { registerChild: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const WaitingApprovalFragmentDoc = new TypedDocumentString(`
    fragment WaitingApproval on Placement {
  id
  form
  status
  version
  createdAt
  child {
    id
    firstName
    lastName
    middleName
  }
  family {
    id
    applicants {
      firstName
      lastName
    }
  }
  transitions {
    to
    actorName
  }
}
    `, {"fragmentName":"WaitingApproval"}) as unknown as TypedDocumentString<WaitingApprovalFragment, unknown>;
export const TransferRowFragmentDoc = new TypedDocumentString(`
    fragment TransferRow on CaseTransfer {
  id
  kind
  status
  note
  declineReason
  createdAt
  toWorkerName
  fromRegion {
    code
    nameRu
    nameKk
    nameEn
  }
  fromWorker {
    id
    displayName
  }
  child {
    id
    firstName
    lastName
    middleName
  }
  family {
    id
    applicants {
      firstName
      lastName
    }
  }
  mentor {
    id
    firstName
    lastName
    middleName
  }
}
    `, {"fragmentName":"TransferRow"}) as unknown as TypedDocumentString<TransferRowFragment, unknown>;
export const AdminStaffDocument = new TypedDocumentString(`
    query AdminStaff {
  staffAccounts(first: 100) {
    totalCount
    edges {
      node {
        id
        email
        displayName
        role
        regionCode
        districtCode
        activated
        disabled
      }
    }
  }
}
    `, {"hash":"sha256:6f840f23dcb880eae333485d548e17dd19b6f52d2172eaccb06d5a9e31eba528"}) as unknown as TypedDocumentString<AdminStaffQuery, AdminStaffQueryVariables>;
export const AdminPolicyDocument = new TypedDocumentString(`
    query AdminPolicy($version: Int) {
  matchingPolicy(version: $version) {
    version
    createdAt
    note
    rules {
      code
      kind
      description
      legalBasis
      enabled
      validFrom
      validTo
      params
      version
    }
  }
}
    `, {"hash":"sha256:ccd1db552282a6c9a2b49c1b77a6a298d061e6073f167dd7315bf6f2eff23de9"}) as unknown as TypedDocumentString<AdminPolicyQuery, AdminPolicyQueryVariables>;
export const AdminAuditDocument = new TypedDocumentString(`
    query AdminAudit($filter: AuditEventFilter) {
  auditEvents(first: 50, filter: $filter) {
    totalCount
    edges {
      node {
        id
        at
        action
        entityName
        entityId
        actorRole
        fields
      }
    }
  }
}
    `, {"hash":"sha256:49a92d9ff184f081c78816bac68cbd13ad1b4fcf8625605bb185e5d5c7c3fd7a"}) as unknown as TypedDocumentString<AdminAuditQuery, AdminAuditQueryVariables>;
export const ConsoleLoginDocument = new TypedDocumentString(`
    mutation ConsoleLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
    user {
      id
      email
      displayName
      role
      regionCode
      districtCode
    }
  }
}
    `, {"hash":"sha256:d3ea861617e908bb1cd088e0310c17198022d37801e266296013043ba7b6d4d2"}) as unknown as TypedDocumentString<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const CoordinatorMentorsDocument = new TypedDocumentString(`
    query CoordinatorMentors {
  mentors(first: 50) {
    totalCount
    edges {
      node {
        id
        firstName
        lastName
        middleName
        city
        available
        activeMenteeCount
        maxMentees
      }
    }
  }
  mentorships(first: 50) {
    totalCount
    edges {
      node {
        id
        status
        startedAt
        mentor {
          id
          firstName
          lastName
        }
        child {
          id
          firstName
          lastName
        }
        meetings {
          id
          date
          kind
          durationMinutes
        }
      }
    }
  }
}
    `, {"hash":"sha256:a93232f21db746ae666b00c73feeb516f76dd4a0749d6e73eff6eb1cf9790d27"}) as unknown as TypedDocumentString<CoordinatorMentorsQuery, CoordinatorMentorsQueryVariables>;
export const CoordinatorMenteeCandidatesDocument = new TypedDocumentString(`
    query CoordinatorMenteeCandidates($mentorId: ID!) {
  mentor(id: $mentorId) {
    id
    firstName
    lastName
    middleName
    city
  }
  menteeCandidates(mentorId: $mentorId, first: 10) {
    eligible
    score
    child {
      id
      firstName
      lastName
      age
    }
    reasons {
      code
      kind
      outcome
      message
      legalBasis
      overridden
    }
  }
}
    `, {"hash":"sha256:67c67b7392509759fa5a795e289180fa36e228717d08a01d0ffcf703ceeb7cb4"}) as unknown as TypedDocumentString<CoordinatorMenteeCandidatesQuery, CoordinatorMenteeCandidatesQueryVariables>;
export const FamilyProfileDocument = new TypedDocumentString(`
    query FamilyProfile {
  myFamily {
    id
    version
    contactPhone
    contactEmail
    address
    settlement
    availabilityNote
    acceptingPlacements
    capacity
    pendingChanges {
      id
      createdAt
      fields {
        field
        proposedValue
        decision
      }
    }
    placements {
      id
      form
      status
      transitions {
        id
        to
        at
      }
    }
  }
}
    `, {"hash":"sha256:7e094591fd1f3b89a5e52f8ae27f076ac4f890e159e1a23d599692701af0077a"}) as unknown as TypedDocumentString<FamilyProfileQuery, FamilyProfileQueryVariables>;
export const FamilySubmitChangesDocument = new TypedDocumentString(`
    mutation FamilySubmitChanges($input: SubmitFamilyChangesInput!) {
  submitFamilyChanges(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:4e3682ab765f0cb59253c5819e02c659015979953fcd9ba744828984b38bdc63"}) as unknown as TypedDocumentString<FamilySubmitChangesMutation, FamilySubmitChangesMutationVariables>;
export const SupervisorApprovalsDocument = new TypedDocumentString(`
    query SupervisorApprovals {
  onTrial: placements(first: 50, filter: {status: [TRIAL]}) {
    edges {
      node {
        ...WaitingApproval
      }
    }
  }
  introduced: placements(
    first: 50
    filter: {status: [INTRODUCTION], form: [GUEST_FAMILY, PROFESSIONAL_FOSTER_FAMILY]}
  ) {
    edges {
      node {
        ...WaitingApproval
      }
    }
  }
}
    fragment WaitingApproval on Placement {
  id
  form
  status
  version
  createdAt
  child {
    id
    firstName
    lastName
    middleName
  }
  family {
    id
    applicants {
      firstName
      lastName
    }
  }
  transitions {
    to
    actorName
  }
}`, {"hash":"sha256:1d389d9223a7d419360df77ec16123f6cf92dfa08f88249e7bfd0b278567108e"}) as unknown as TypedDocumentString<SupervisorApprovalsQuery, SupervisorApprovalsQueryVariables>;
export const SupervisorApproveDocument = new TypedDocumentString(`
    mutation SupervisorApprove($input: ApprovePlacementInput!) {
  approvePlacement(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:29e77cb287cf6a35f278be1dc18edb144362ceecd8e592125e46f009dfdf82f6"}) as unknown as TypedDocumentString<SupervisorApproveMutation, SupervisorApproveMutationVariables>;
export const SupervisorCaseloadsDocument = new TypedDocumentString(`
    query SupervisorCaseloads($regionCode: String!) {
  caseloads(regionCode: $regionCode) {
    worker {
      id
      displayName
      role
    }
    openChildren
    families
    mentors
    openPlacements
    overdueStays
    expiredApprovals
    lapsingApprovals
    overdue
    overdueTasks
  }
}
    `, {"hash":"sha256:733cc19c4059ee1ca6f73df452765f2d12adcfec99283f15e7cffd16e682efc5"}) as unknown as TypedDocumentString<SupervisorCaseloadsQuery, SupervisorCaseloadsQueryVariables>;
export const SupervisorFiguresDocument = new TypedDocumentString(`
    query SupervisorFigures($regionCode: String!, $from: LocalDate!, $to: LocalDate!) {
  regionFigures(regionCode: $regionCode, from: $from, to: $to) {
    childrenInDataBank
    familiesApproved
    familiesLapsing
    medianDaysToPlacement
    mentorshipsActive
    tasksOverdue
    specialists
    specialistsPer5000
    standardPer5000
    waitingByAge {
      band
      count
    }
    waitingByTime {
      band
      count
    }
    placementsByMonth {
      month
      form
      started
      ended
      breakdowns
    }
  }
}
    `, {"hash":"sha256:6a41d074d92ed5e215629a9dc93f181cc3d532c4751a63667e6f01321f4f2a6c"}) as unknown as TypedDocumentString<SupervisorFiguresQuery, SupervisorFiguresQueryVariables>;
export const TransfersWaitingDocument = new TypedDocumentString(`
    query TransfersWaiting {
  waiting: transfers(first: 50, filter: {toWorker: "ME", status: [PENDING]}) {
    edges {
      node {
        ...TransferRow
      }
    }
  }
  sent: transfers(first: 50, filter: {fromWorker: "ME"}) {
    edges {
      node {
        ...TransferRow
      }
    }
  }
}
    fragment TransferRow on CaseTransfer {
  id
  kind
  status
  note
  declineReason
  createdAt
  toWorkerName
  fromRegion {
    code
    nameRu
    nameKk
    nameEn
  }
  fromWorker {
    id
    displayName
  }
  child {
    id
    firstName
    lastName
    middleName
  }
  family {
    id
    applicants {
      firstName
      lastName
    }
  }
  mentor {
    id
    firstName
    lastName
    middleName
  }
}`, {"hash":"sha256:6b9414f1e7e598085e504069c670cd554d1ec75e2f421bef47e0a2a326b9206e"}) as unknown as TypedDocumentString<TransfersWaitingQuery, TransfersWaitingQueryVariables>;
export const TransferCasesDocument = new TypedDocumentString(`
    query TransferCases($assignedTo: String, $regionCode: String!) {
  children(
    first: 100
    filter: {assignedTo: $assignedTo, status: [AWAITING_PLACEMENT, IN_INSTITUTION, IN_FAMILY_PLACEMENT]}
  ) {
    edges {
      node {
        id
        firstName
        lastName
        middleName
        birthDate
      }
    }
  }
  families(first: 100, filter: {assignedTo: $assignedTo}) {
    edges {
      node {
        id
        applicants {
          firstName
          lastName
        }
      }
    }
  }
  staffMembers(regionCode: $regionCode) {
    id
    displayName
    role
  }
}
    `, {"hash":"sha256:c8e77da825ecb8737546ce34b498ea7b6def5103337009b3589701b8f94ffe37"}) as unknown as TypedDocumentString<TransferCasesQuery, TransferCasesQueryVariables>;
export const TransferRequestDocument = new TypedDocumentString(`
    mutation TransferRequest($input: RequestTransferInput!) {
  requestTransfer(input: $input) {
    id
    status
    toWorkerName
  }
}
    `, {"hash":"sha256:c1d0a30f614dcfa64594be65102e87eab7a1dcf78b5b57cd06102389a62a1658"}) as unknown as TypedDocumentString<TransferRequestMutation, TransferRequestMutationVariables>;
export const TransferAcceptDocument = new TypedDocumentString(`
    mutation TransferAccept($input: DecideTransferInput!) {
  acceptTransfer(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:5aaf83aa644f26e06a35990cbe7bd9cf6624df6c70807ca01854c871590ba2af"}) as unknown as TypedDocumentString<TransferAcceptMutation, TransferAcceptMutationVariables>;
export const TransferDeclineDocument = new TypedDocumentString(`
    mutation TransferDecline($input: DeclineTransferInput!) {
  declineTransfer(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:4d2c12869ee6807b7f338a59282db06a73f2604f59a4f537776a4d2297881f47"}) as unknown as TypedDocumentString<TransferDeclineMutation, TransferDeclineMutationVariables>;
export const WorkerCandidatesDocument = new TypedDocumentString(`
    query WorkerCandidates($childId: ID!, $form: PlacementForm!, $asOf: LocalDate, $includeIneligible: Boolean!) {
  child(id: $childId) {
    id
    firstName
    lastName
    middleName
    age
  }
  placementCandidates(
    childId: $childId
    form: $form
    asOf: $asOf
    includeIneligible: $includeIneligible
    first: 20
  ) {
    asOf
    eligible
    score
    policyVersion
    pendingActions
    family {
      id
      settlement
      capacity
      applicants {
        firstName
        lastName
      }
    }
    reasons {
      code
      kind
      outcome
      message
      legalBasis
      overridden
    }
  }
}
    `, {"hash":"sha256:e258b68c979dbda712a87c19d6e7a1c313c2c0374415bfd8c4a33685a21d3958"}) as unknown as TypedDocumentString<WorkerCandidatesQuery, WorkerCandidatesQueryVariables>;
export const WorkerProposeDocument = new TypedDocumentString(`
    mutation WorkerPropose($input: ProposePlacementInput!) {
  proposePlacement(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:d1be39d47b9c0d3b9cc5abec70d4afb581c4f82e8bb9558ebc9975d02ea75fcb"}) as unknown as TypedDocumentString<WorkerProposeMutation, WorkerProposeMutationVariables>;
export const WorkerChangeRequestsDocument = new TypedDocumentString(`
    query WorkerChangeRequests {
  familyChangeRequests(first: 20, filter: {status: [PENDING]}) {
    totalCount
    edges {
      node {
        id
        version
        createdAt
        family {
          id
          version
          applicants {
            firstName
            lastName
          }
        }
        fields {
          field
          currentValue
          proposedValue
          conflict
          decision
        }
      }
    }
  }
}
    `, {"hash":"sha256:d21a643665ed28840c84babaf992099defd7121147e37f5ec1361ec7d7857be3"}) as unknown as TypedDocumentString<WorkerChangeRequestsQuery, WorkerChangeRequestsQueryVariables>;
export const WorkerReviewChangesDocument = new TypedDocumentString(`
    mutation WorkerReviewChanges($input: ReviewFamilyChangesInput!) {
  reviewFamilyChanges(input: $input) {
    id
    status
  }
}
    `, {"hash":"sha256:238f21af977bc504f2cb70d8c60a8a3dcd78f4fc89c043c582e749f3426faefa"}) as unknown as TypedDocumentString<WorkerReviewChangesMutation, WorkerReviewChangesMutationVariables>;
export const WorkerChildCardDocument = new TypedDocumentString(`
    query WorkerChildCard($id: ID!) {
  child(id: $id) {
    id
    firstName
    lastName
    middleName
    birthDate
    age
    sex
    status
    registeredAt
    settlement
    languages
    specialNeeds
    version
    iin
    legalStatus
    healthGroup
    healthNotes
    caseNotes
    region {
      code
      nameRu
      nameKk
      nameEn
    }
    district {
      code
      nameRu
      nameKk
      nameEn
    }
    institution {
      id
      name
    }
    currentFamily {
      id
      applicants {
        firstName
        lastName
      }
    }
    assignedWorker {
      id
      displayName
    }
    siblings {
      id
      firstName
      lastName
      birthDate
      status
    }
    siblingsElsewhere {
      count
      region {
        code
        nameRu
        nameKk
        nameEn
      }
    }
    placements {
      id
      form
      status
      createdAt
      family {
        id
        applicants {
          firstName
          lastName
        }
      }
    }
  }
  childTimeline(childId: $id, first: 50) {
    at
    kind
    recordId
    recordKind
    status
  }
}
    `, {"hash":"sha256:7693844f96dde9b7d37caba59e822c57528346ab4a6cd640fe9839229556c2d0"}) as unknown as TypedDocumentString<WorkerChildCardQuery, WorkerChildCardQueryVariables>;
export const WorkerChildrenDocument = new TypedDocumentString(`
    query WorkerChildren($filter: ChildFilter, $first: Int!) {
  children(filter: $filter, first: $first) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        firstName
        lastName
        middleName
        birthDate
        age
        status
        registeredAt
        district {
          code
          nameRu
          nameKk
          nameEn
        }
        siblings {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:c91938cfc73081301c7a6a11ed5b3e3f05828bdb44efae87a2ed34a871d12678"}) as unknown as TypedDocumentString<WorkerChildrenQuery, WorkerChildrenQueryVariables>;
export const WorkerDistrictsDocument = new TypedDocumentString(`
    query WorkerDistricts($regionCode: String) {
  districts(regionCode: $regionCode) {
    code
    nameRu
    nameKk
    nameEn
  }
}
    `, {"hash":"sha256:394281290004a19ae42e7329c9d36f13712f9f4b1c03b6ac01f893dbb0a8d45a"}) as unknown as TypedDocumentString<WorkerDistrictsQuery, WorkerDistrictsQueryVariables>;
export const WorkerMyDayDocument = new TypedDocumentString(`
    query WorkerMyDay {
  tasksOverdue: myTasks(due: OVERDUE, first: 1) {
    totalCount
  }
  tasksToday: myTasks(due: TODAY, first: 1) {
    totalCount
  }
  waiting: children(first: 1, filter: {status: [AWAITING_PLACEMENT]}) {
    totalCount
  }
  inProgress: placements(
    first: 20
    filter: {status: [PROPOSED, APPROVED, INTRODUCTION, TRIAL]}
  ) {
    totalCount
    edges {
      node {
        id
        status
        form
        createdAt
        child {
          id
          firstName
          lastName
        }
        family {
          id
          applicants {
            firstName
            lastName
          }
        }
      }
    }
  }
  overdue: placements(first: 1, filter: {overdue: true}) {
    totalCount
  }
  transfersWaiting: transfers(
    first: 1
    filter: {toWorker: "ME", status: [PENDING]}
  ) {
    totalCount
  }
}
    `, {"hash":"sha256:49c7c2c00a684540e6f4e59149ccd329753b9ed613a20d17b685f8be46581bf4"}) as unknown as TypedDocumentString<WorkerMyDayQuery, WorkerMyDayQueryVariables>;
export const WorkerPlacementDocument = new TypedDocumentString(`
    query WorkerPlacement($id: ID!) {
  placement(id: $id) {
    id
    form
    status
    version
    decisionKind
    decisionReference
    decisionDate
    startedAt
    endsOn
    child {
      id
      firstName
      lastName
      middleName
    }
    family {
      id
      applicants {
        firstName
        lastName
      }
    }
    transitions {
      id
      from
      to
      at
      actorName
      note
    }
  }
}
    `, {"hash":"sha256:941419dd78932a612ac644782a49d382ec31307584c3d3bf89a896bf75beacc8"}) as unknown as TypedDocumentString<WorkerPlacementQuery, WorkerPlacementQueryVariables>;
export const WorkerStartIntroductionDocument = new TypedDocumentString(`
    mutation WorkerStartIntroduction($input: PlacementStepInput!) {
  startPlacementIntroduction(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:c6a10b792633d20c5fb8f2c23edcd4545e6389abc9a50f35e2b51ea6db5b441f"}) as unknown as TypedDocumentString<WorkerStartIntroductionMutation, WorkerStartIntroductionMutationVariables>;
export const WorkerStartTrialDocument = new TypedDocumentString(`
    mutation WorkerStartTrial($input: PlacementStepInput!) {
  startPlacementTrial(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:0cb0eef0877ace41199ccee03ce4d4513aa97d63333eb7314e6ea746b07c6bf3"}) as unknown as TypedDocumentString<WorkerStartTrialMutation, WorkerStartTrialMutationVariables>;
export const WorkerApproveDocument = new TypedDocumentString(`
    mutation WorkerApprove($input: ApprovePlacementInput!) {
  approvePlacement(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:36907d0bbb1f2c3b4c0c5f4d387fae56270e7c9138993abe17dabbc0ca969691"}) as unknown as TypedDocumentString<WorkerApproveMutation, WorkerApproveMutationVariables>;
export const WorkerActivateDocument = new TypedDocumentString(`
    mutation WorkerActivate($input: ActivatePlacementInput!) {
  activatePlacement(input: $input) {
    id
    status
    version
  }
}
    `, {"hash":"sha256:504c08668ffaad2732bcd2da6776294ddde30f37b2facd5ab5bd8ad46f0c4013"}) as unknown as TypedDocumentString<WorkerActivateMutation, WorkerActivateMutationVariables>;
export const WorkerRegisterChildDocument = new TypedDocumentString(`
    mutation WorkerRegisterChild($input: RegisterChildInput!) {
  registerChild(input: $input) {
    id
  }
}
    `, {"hash":"sha256:10950038d6e117b5d15b939518aee6b6f5f464e21c333c5af93278453cfb1af7"}) as unknown as TypedDocumentString<WorkerRegisterChildMutation, WorkerRegisterChildMutationVariables>;