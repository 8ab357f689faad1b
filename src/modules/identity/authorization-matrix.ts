import { Role } from '../../shared/enums.js';

/**
 * Who may see what, in one place: every Query and Mutation field, and every object field that
 * not all readers of its type may see, against every role and the anonymous caller.
 *
 * The resolvers take their `@Authorized` role lists from here (`rolesFor`), so the schema cannot
 * drift from the table; the record-level part (own region, own family) is enforced by the
 * services through access-policy.ts. test/authorization-matrix.test.ts walks the schema, fails
 * on a field without an entry, and calls every entry as every caller to prove the table holds.
 */

export enum Access {
  /** Every record. */
  ALLOWED = 'ALLOWED',
  /**
   * Records of the caller's own region (and district, for staff of one district: then neither the
   * region's other districts nor records kept at region level): the others are FORBIDDEN, or left out of lists.
   */
  OWN_REGION = 'OWN_REGION',
  /**
   * The caller's own: a family's record and placements, a mentor's record, mentorships and their
   * meetings, one's own account. Anyone else's are FORBIDDEN, or left out of lists.
   */
  OWN_RECORD = 'OWN_RECORD',
  /** FORBIDDEN (UNAUTHENTICATED when signed out); an object field is null with a FORBIDDEN error. */
  DENIED = 'DENIED',
}

export const ANONYMOUS = 'ANONYMOUS';
export type Caller = Role | typeof ANONYMOUS;
export const CALLERS: readonly Caller[] = [Role.ADMIN, Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.FAMILY, Role.MENTOR, Role.SUPERVISOR, ANONYMOUS];

export type AccessRow = Readonly<Record<Caller, Access>>;

const { ALLOWED: ALL, OWN_REGION: REGION, OWN_RECORD: OWN, DENIED: NO } = Access;

const BREADTH: readonly Access[] = [NO, OWN, REGION, ALL];
const wider = (one: Access, other: Access): Access => (BREADTH.indexOf(one) >= BREADTH.indexOf(other) ? one : other);

/**
 * A row in the order of the columns below; anonymous callers are denied unless said otherwise. A
 * supervisor heads both the region's workers and its coordinators, so unless said otherwise it
 * may do what the wider of the two may.
 */
function row(admin: Access, worker: Access, coordinator: Access, family: Access, mentor: Access, anonymous: Access = NO, supervisor: Access = wider(worker, coordinator)): AccessRow {
  return {
    [Role.ADMIN]: admin, [Role.SOCIAL_WORKER]: worker, [Role.MENTOR_COORDINATOR]: coordinator, [Role.FAMILY]: family, [Role.MENTOR]: mentor, [Role.SUPERVISOR]: supervisor, [ANONYMOUS]: anonymous,
  };
}

/**
 * Social workers own children, families and placements of their region; mentor coordinators own
 * mentors and mentorships of their region and see children without their case files; a family
 * sees its own record and placements; a mentor, its own mentorships, their meetings and the
 * children it mentors (without their case files); administrators see everything and alone manage
 * staff accounts.
 */
export const OPERATION_ACCESS = {
  //                                       ADMIN  WORKER  COORDINATOR  FAMILY  MENTOR  anonymous
  'Query.regions':                       row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Query.districts':                     row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  // The registry of institutions is public information: every staff member, of every region, reads it.
  'Query.institution':                   row(ALL,   ALL,    ALL,         NO,     NO),
  'Query.institutions':                  row(ALL,   ALL,    ALL,         NO,     NO),
  'Query.me':                            row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Query.child':                         row(ALL,   REGION, REGION,      NO,     NO),
  'Query.children':                      row(ALL,   REGION, REGION,      NO,     NO),
  'Query.family':                        row(ALL,   REGION, NO,          OWN,    NO),
  'Query.families':                      row(ALL,   REGION, NO,          NO,     NO),
  'Query.myFamily':                      row(NO,    NO,     NO,          OWN,    NO),
  'Query.mentor':                        row(ALL,   NO,     REGION,      NO,     OWN),
  'Query.mentors':                       row(ALL,   NO,     REGION,      NO,     NO),
  'Query.mentorship':                    row(ALL,   NO,     REGION,      NO,     OWN),
  'Query.mentorships':                   row(ALL,   NO,     REGION,      NO,     OWN),
  'Query.placement':                     row(ALL,   REGION, NO,          OWN,    NO),
  'Query.placements':                    row(ALL,   REGION, NO,          OWN,    NO),
  'Query.placementCandidates':           row(ALL,   REGION, NO,          NO,     NO),
  'Query.childCandidates':               row(ALL,   REGION, NO,          NO,     NO),
  'Query.eligibility':                   row(ALL,   REGION, NO,          NO,     NO),
  'Query.proposeAssignments':            row(ALL,   REGION, NO,          NO,     NO),
  'Query.mentorCandidates':              row(ALL,   NO,     REGION,      NO,     NO),
  'Query.menteeCandidates':              row(ALL,   NO,     REGION,      NO,     NO),
  'Query.matchingPolicy':                row(ALL,   ALL,    ALL,         NO,     NO),
  'Query.auditEvents':                   row(ALL,   NO,     NO,          NO,     NO),
  // A record's history and a child's timeline: staff who may see the record, with its field rules (history.service.ts).
  'Query.history':                       row(ALL,   REGION, REGION,      NO,     NO),
  'Query.childTimeline':                 row(ALL,   REGION, REGION,      NO,     NO),
  'Query.staffAccounts':                 row(ALL,   NO,     NO,          NO,     NO),
  // Mail waiting and sent: addresses and, in development, the links themselves.
  'Query.outboxMessages':                row(ALL,   NO,     NO,          NO,     NO),
  // The review queue for staff by the family's scope; a family, its own requests.
  'Query.familyChangeRequests':          row(ALL,   REGION, NO,          OWN,    NO),
  // Tasks: one's own, the region's (supervisors, until casework's SUPERVISOR), and counts per assignee.
  'Query.myTasks':                       row(ALL,   ALL,    ALL,         NO,     NO),
  'Query.tasks':                         row(ALL,   REGION, REGION,      NO,     NO),
  'Query.taskCounts':                    row(ALL,   REGION, REGION,      NO,     NO),
  // Aggregates of a region: its staff (until casework's SUPERVISOR), the country for administrators.
  'Query.regionFigures':                 row(ALL,   REGION, REGION,      NO,     NO),
  // Casework (src/modules/casework): one's own cases; a supervisor's region's workers.     SUPERVISOR
  'Query.myCaseload':                    row(NO,    OWN,    OWN,         NO,     NO,     NO,  OWN),
  'Query.caseloads':                     row(ALL,   NO,     NO,          NO,     NO,     NO,  REGION),
  // The region's case-carrying staff by name, to choose a transfer's receiver.
  'Query.staffMembers':                  row(ALL,   REGION, REGION,      NO,     NO),
  // Transfers of the caller's region, sent or received; asked by a case's owner or a supervisor,
  // answered by the receiver or its region's supervisor (casework/transfer.rules.ts).
  'Query.transfer':                      row(ALL,   REGION, REGION,      NO,     NO),
  'Query.transfers':                     row(ALL,   REGION, REGION,      NO,     NO),
  // Children shown to families and their inquiries: staff by the child's region and district, a family its own.
  'Query.inquiry':                       row(ALL,   REGION, NO,          OWN,    NO),
  'Query.inquiries':                     row(ALL,   REGION, NO,          OWN,    NO),

  'Mutation.login':                      row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Mutation.logout':                     row(ALL,   ALL,    ALL,         ALL,    ALL),
  'Mutation.changePassword':             row(ALL,   ALL,    ALL,         ALL,    ALL),
  'Mutation.setMyLanguage':              row(ALL,   ALL,    ALL,         ALL,    ALL),
  // The token sent by email is the proof: the caller is signed out.
  'Mutation.activateAccount':            row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Mutation.requestPasswordReset':       row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Mutation.resetPassword':              row(ALL,   ALL,    ALL,         ALL,    ALL,    ALL),
  'Mutation.createStaffAccount':         row(ALL,   NO,     NO,          NO,     NO),
  'Mutation.updateStaffAccount':         row(ALL,   NO,     NO,          NO,     NO),
  'Mutation.disableAccount':             row(ALL,   NO,     NO,          NO,     NO),
  'Mutation.enableAccount':              row(ALL,   NO,     NO,          NO,     NO),
  'Mutation.inviteFamily':               row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.inviteMentor':               row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.registerChild':              row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.updateChild':                row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.registerInstitution':        row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.updateInstitution':          row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.recordDataBankExit':         row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.recordDataBankRegistration': row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.correctChildIdentity':       row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.linkSiblings':               row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.unlinkSibling':              row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.registerFamily':             row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.updateFamily':               row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.recordFamilyAssessment':     row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.recordApplicantChecks':      row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.correctApplicantIdentity':   row(ALL,   REGION, NO,          NO,     NO),
  // A family's own edits wait as a change request; its worker (or an administrator) reviews them.
  'Mutation.submitFamilyChanges':        row(NO,    NO,     NO,          OWN,    NO),
  'Mutation.reviewFamilyChanges':        row(ALL,   REGION, NO,          NO,     NO),
  // Re-confirming unchanged availability is the family's own statement and needs no review; changing it is a change request.
  'Mutation.confirmMyAvailability':      row(NO,    NO,     NO,          OWN,    NO),
  // A worker shows a child to a family, the family asks about it, the worker answers with a coded decision.
  'Mutation.shareChildWithFamily':       row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.expressInterest':            row(NO,    NO,     NO,          OWN,    NO),
  'Mutation.answerInquiry':              row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.registerMentor':             row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.updateMentor':               row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.correctMentorIdentity':      row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.proposeMentorship':          row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.activateMentorship':         row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.pauseMentorship':            row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.resumeMentorship':           row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.closeMentorship':            row(ALL,   NO,     REGION,      NO,     NO),
  'Mutation.recordMentorshipMeeting':    row(ALL,   NO,     REGION,      NO,     OWN),
  'Mutation.proposePlacement':           row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.recordChildConsent':         row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.startPlacementIntroduction': row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.startPlacementTrial':        row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.approvePlacement':           row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.activatePlacement':          row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.endPlacement':               row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.extendPlacementStay':        row(ALL,   REGION, NO,          NO,     NO),
  'Mutation.updateMatchingPolicy':       row(ALL,   NO,     NO,          NO,     NO),
  'Mutation.createTask':                 row(ALL,   REGION, REGION,      NO,     NO),
  'Mutation.completeTask':               row(ALL,   REGION, REGION,      NO,     NO),
  'Mutation.cancelTask':                 row(ALL,   REGION, REGION,      NO,     NO),
  // Documents are filed by the staff who keep case files (see HTTP_ACCESS, upload); a newer one supersedes, none is deleted.
  'Mutation.supersedeDocument':          row(ALL,   REGION, NO,          NO,     NO),
  //                                                                                      SUPERVISOR
  'Mutation.requestTransfer':            row(ALL,   OWN,    OWN,         NO,     NO,     NO,  REGION),
  'Mutation.acceptTransfer':             row(ALL,   OWN,    OWN,         NO,     NO,     NO,  REGION),
  'Mutation.declineTransfer':            row(ALL,   OWN,    OWN,         NO,     NO,     NO,  REGION),
  'Mutation.withdrawTransfer':           row(ALL,   OWN,    OWN,         NO,     NO,     NO,  REGION),
} as const satisfies Record<`${'Query' | 'Mutation'}.${string}`, AccessRow>;

/**
 * Fields of personal data narrower than their type: a caller who reaches the record through an
 * operation above reads the field where its entry allows, and gets null with FORBIDDEN otherwise.
 * The scope (region, own family) is the one of the operation that reached the record.
 */
export const FIELD_ACCESS = {
  //                                       ADMIN  WORKER  COORDINATOR  FAMILY  MENTOR
  'Child.iin':                           row(ALL,   REGION, NO,          NO,     NO),
  'Child.legalStatus':                   row(ALL,   REGION, NO,          NO,     NO),
  'Child.healthGroup':                   row(ALL,   REGION, NO,          NO,     NO),
  'Child.specialNeeds':                  row(ALL,   REGION, NO,          NO,     NO),
  'Child.healthNotes':                   row(ALL,   REGION, NO,          NO,     NO),
  'Child.caseNotes':                     row(ALL,   REGION, NO,          NO,     NO),
  'Child.dataBankNumber':                row(ALL,   REGION, NO,          NO,     NO),
  'Child.placements':                    row(ALL,   REGION, NO,          NO,     NO),
  'Child.currentFamily':                 row(ALL,   REGION, NO,          OWN,    NO),
  'Family.placements':                   row(ALL,   REGION, NO,          OWN,    NO),
  'FamilyApplicant.iin':                 row(ALL,   REGION, NO,          OWN,    NO),
  'FamilyApplicant.passportNumber':      row(ALL,   REGION, NO,          OWN,    NO),
  'FamilyApplicant.checks':              row(ALL,   REGION, NO,          NO,     NO),
  'BackgroundCheck.detail':              row(ALL,   REGION, NO,          NO,     NO),
  'Placement.evaluation':                row(ALL,   REGION, NO,          NO,     NO),
  'PlacementTransition.note':            row(ALL,   REGION, NO,          NO,     NO),
  'MentorshipMeeting.notes':             row(ALL,   NO,     REGION,      NO,     OWN),
  // A transfer is read by workers and coordinators alike; the case it hands over only by the role that keeps such cases.
  'CaseTransfer.family':                 row(ALL,   REGION, NO,          NO,     NO),
  'CaseTransfer.mentor':                 row(ALL,   NO,     REGION,      NO,     NO),
  // A family reads a child shown to it as the inquiry's profile, never as the child's record.
  'Inquiry.child':                       row(ALL,   REGION, NO,          NO,     NO),
} as const satisfies Record<`${string}.${string}`, AccessRow>;

/**
 * Who may see a record of each kind wherever it appears in an answer: at the top, in a list, at the
 * end of any nested field or sibling link. src/graphql/record-guard.ts passes every value of these
 * types through `maySee` (access-policy.ts): a record the caller may not see is left out of lists
 * and is null with FORBIDDEN on a single-valued field. OWN_REGION is the region of the record, or
 * of the record it belongs to (a placement is its child's, a mentorship its mentor's and its
 * child's); OWN_RECORD is the caller's own family, the children placed with it, the mentor the caller
 * is, its mentorships and the children of those not closed, the caller's own account.
 */
export const RECORD_ACCESS = {
  //                                       ADMIN  WORKER  COORDINATOR  FAMILY  MENTOR
  Child:                                 row(ALL,   REGION, REGION,      OWN,    OWN),
  SiblingGroup:                          row(ALL,   REGION, REGION,      OWN,    NO),
  Family:                                row(ALL,   REGION, NO,          OWN,    NO),
  FamilyApplicant:                       row(ALL,   REGION, NO,          OWN,    NO),
  FamilyKinship:                         row(ALL,   REGION, NO,          OWN,    NO),
  FamilyChangeRequest:                   row(ALL,   REGION, NO,          OWN,    NO),
  Placement:                             row(ALL,   REGION, NO,          OWN,    NO),
  PlacementTransition:                   row(ALL,   REGION, NO,          OWN,    NO),
  Mentor:                                row(ALL,   NO,     REGION,      NO,     OWN),
  Mentorship:                            row(ALL,   NO,     REGION,      NO,     OWN),
  MentorshipMeeting:                     row(ALL,   NO,     REGION,      NO,     OWN),
  User:                                  row(ALL,   OWN,    OWN,         OWN,    OWN),
  AuditEvent:                            row(ALL,   NO,     NO,          NO,     NO),
  OutboxMessage:                         row(ALL,   NO,     NO,          NO,     NO),
  // A task is in its record's region (and district) and seen only by who may see that record (record-guard.ts).
  Task:                                  row(ALL,   REGION, REGION,      NO,     NO),
  // A change of a record: in the record's scope, and seen only by who sees that record too (record-guard.ts).
  HistoryEntry:                          row(ALL,   REGION, REGION,      NO,     NO),
  // A colleague who owns cases (casework/staff-member.type.ts): named to the staff of the colleague's region.
  // A colleague of the region; a family or a mentor, the worker who owns its case.
  StaffMember:                           row(ALL,   REGION, REGION,      OWN,    OWN),
  // A case handed over: of the region it leaves and of the one it goes to, until and after the answer.
  CaseTransfer:                          row(ALL,   REGION, REGION,      NO,     NO),
  // A child shown to a family: of the child's region and district; the family sees its own.
  Inquiry:                               row(ALL,   REGION, NO,          OWN,    NO),
  // A file attached to a record: in its record's scope, and seen only by who may see that record as
  // a document's subject (record-guard.ts): a family its own record's and its placements', a mentor its mentorships'.
  Document:                              row(ALL,   REGION, REGION,      OWN,    OWN),
  // A child's documents (court decisions, medical reports) are of its case file: read as Child.caseNotes is.
  ChildCaseFile:                         row(ALL,   REGION, NO,          NO,     NO),
} as const satisfies Record<string, AccessRow>;

/**
 * The HTTP routes beside /graphql, by the same rows. Downloads (GET /documents/:id) follow
 * RECORD_ACCESS.Document; uploads are for the staff who keep case files, onto a record they may see.
 */
export const HTTP_ACCESS = {
  //                                       ADMIN  WORKER  COORDINATOR  FAMILY  MENTOR
  'POST /documents':                     row(ALL,   REGION, NO,          NO,     NO),
} as const satisfies Record<string, AccessRow>;

export type RecordKind = keyof typeof RECORD_ACCESS;

/**
 * Object types that are parts of one record (embedded values, evaluations): they are reached only
 * through the record they belong to, which the guard has checked; the schema may not lead to them
 * from anywhere else.
 */
export const RECORD_PARTS: Readonly<Record<string, readonly string[]>> = {
  BackgroundCheck: ['FamilyApplicant'],
  Housing: ['Family'],
  FamilyPreferences: ['Family'],
  HouseholdMember: ['Family'],
  ChildConsent: ['Placement'],
  PlacementEvaluation: ['Placement'],
  RuleOutcomeRecord: ['PlacementEvaluation'],
  RuleOverride: ['PlacementEvaluation'],
  FieldChange: ['HistoryEntry'],
  FamilyFieldChange: ['FamilyChangeRequest'],
  FieldProvenance: ['Family'],
  InquiryChildProfile: ['Inquiry'],
};

/**
 * Object types that are no one's record: reference data, pages of a list, and results that hold
 * records only in fields of the types above, which the guard checks where they appear.
 */
export const UNSCOPED_TYPES: ReadonlySet<string> = new Set([
  'Query', 'Mutation', 'Region', 'SiblingsInRegion', 'District', 'Institution', 'PageInfo', 'MatchingPolicy', 'PolicyRule', 'RuleReason', 'Eligibility',
  'AssignmentPlan', 'AssignmentProposal', 'ChildCandidate', 'PlacementCandidate', 'MentorCandidate', 'MenteeCandidate', 'AuthPayload', 'AccountInvitation',
  'TimelineEntry', 'TaskCount', 'RegionFigures', 'FigureBand', 'PlacementMonth', 'Caseload',
]);

/**
 * Edges the guard lets through unchecked, each with its reason. `login` answers a signed-out
 * caller with the account that has just proved its password: there is no actor yet to check it against.
 */
export const UNGUARDED_EDGES: Readonly<Record<string, string>> = {
  'AuthPayload.user': 'the account that has just signed in with its own password',
};

export type OperationKey = keyof typeof OPERATION_ACCESS;
export type FieldKey = keyof typeof FIELD_ACCESS;

export function accessRow(key: OperationKey | FieldKey): AccessRow {
  return key in OPERATION_ACCESS ? OPERATION_ACCESS[key as OperationKey] : FIELD_ACCESS[key as FieldKey];
}

/** Open to signed-out callers: such a field carries no @Authorized at all. */
export function isPublic(key: OperationKey | FieldKey): boolean {
  return accessRow(key)[ANONYMOUS] !== Access.DENIED;
}

/** The roles for `@Authorized(...)`: those the entry does not deny. */
export function rolesFor(key: OperationKey | FieldKey): Role[] {
  // @Authorized keeps signed-out callers away, and @Authorized([]) would let every role in.
  if (isPublic(key)) throw new Error(`${key} is open to signed-out callers: give it no @Authorized`);
  const roles = Object.values(Role).filter((role) => accessRow(key)[role] !== Access.DENIED);
  if (roles.length === 0) throw new Error(`${key} is denied to every role`);
  return roles;
}
