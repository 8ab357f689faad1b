import { CaseTransfer } from '../../src/modules/casework/case-transfer.entity.js';
import { Child } from '../../src/modules/children/child.entity.js';
import { SiblingGroup } from '../../src/modules/children/sibling-group.entity.js';
import { AssessmentStatus } from '../../src/modules/families/family.enums.js';
import { FamilyApplicant } from '../../src/modules/families/family-applicant.entity.js';
import { Family } from '../../src/modules/families/family.entity.js';
import { RecordChange } from '../../src/modules/history/record-change.entity.js';
import type { OperationKey } from '../../src/modules/identity/authorization-matrix.js';
import { DecisionKind, PlacementStatus } from '../../src/modules/placements/placement.enums.js';
import { Placement } from '../../src/modules/placements/placement.entity.js';
import { AccountTokenPurpose } from '../../src/modules/identity/account-token.entity.js';
import { Mentor } from '../../src/modules/mentors/mentor.entity.js';
import { Inquiry } from '../../src/modules/inquiries/inquiry.entity.js';
import { InquiryStatus } from '../../src/modules/inquiries/inquiry.rules.js';
import { addDays, addMonths, today } from '../../src/shared/dates.js';
import { PlacementForm, Role, Sex } from '../../src/shared/enums.js';
import { normalizeSearchText } from '../../src/shared/search-text.js';
import { DocumentKind, DocumentSubjectKind } from '../../src/modules/documents/document.enums.js';
import { createAccountToken, createChangeRequest, createChild, createDocumentRow, createFamily, createMentor, createOutboxMessage, createTaskAbout, createUser, validIin } from './factories.js';
import { TEST_PASSWORD } from './test-app.js';
import { uniqueName, type Call, type Scope, type World } from './world.js';

/**
 * A successful call of every Query and Mutation field, with the records it needs set up fresh:
 * the authorization matrix test calls each as every role, the audit test reads back what each
 * mutation wrote. Values are synthetic; the sensitive ones are recognisable (SENSITIVE) so a
 * test can look for them where they must not be.
 */

/** Sensitive text every fixture carries, to be searched for in logs and errors. */
export const SENSITIVE = {
  healthNotes: 'synthetic health note: asthma since 2021',
  caseNotes: 'synthetic case note: mother deprived of rights',
  checkDetail: 'synthetic check detail: conviction expunged',
  meetingNotes: 'synthetic meeting note: talked about school',
  transitionNote: 'synthetic transition note: first visit went well',
};

// Records, set up directly (factories) or through the API as an administrator.

let serial = 0;
const note = (text: string) => `${text} #${++serial}`;

async function child(world: World, scope: Scope, data: { birthDate?: string; lastName?: string; siblingGroup?: string; dataBankRegisteredAt?: null; dataBankNumber?: null } = {}) {
  const record = await createChild(world.app.orm, { regionCode: scope.regionCode, healthNotes: note(SENSITIVE.healthNotes), caseNotes: note(SENSITIVE.caseNotes), dataBankNumber: note('RDB'), ...data });
  world.iins.push(record.iin);
  return record;
}

/** 13 years old: old enough for a mentor, and for their consent to count. */
const olderChild = (world: World, scope: Scope) => child(world, scope, { birthDate: '2013-04-02' });

async function family(world: World, scope: Scope, data: { searchName?: string; decidedStatus?: AssessmentStatus } = {}): Promise<string> {
  if (scope.familyId) return scope.familyId;
  const record = await createFamily(world.app.orm, { regionCode: scope.regionCode, ...data });
  return record.id;
}

async function mentor(world: World, scope: Scope, lastName = 'Наставникова') {
  if (scope.mentorId) return world.app.orm.em.fork().findOneOrFail(Mentor, { id: scope.mentorId });
  const record = await createMentor(world.app.orm, { regionCode: scope.regionCode, lastName, searchName: normalizeSearchText(lastName, 'Дана') });
  world.iins.push(record.iin);
  return record;
}

/** Changes a child directly (the history subscriber keeps it); the id of its history entry. */
async function changeOfChild(world: World, id: string): Promise<string> {
  const em = world.app.orm.em.fork();
  (await em.findOneOrFail(Child, { id })).settlement = uniqueName('Ауыл');
  await em.flush();
  return (await em.findOneOrFail(RecordChange, { entityId: id })).id;
}

async function versionOfFamily(world: World, id: string): Promise<number> {
  return (await world.app.orm.em.fork().findOneOrFail(Family, { id })).version;
}

const PLACEMENT_STEPS = ['PROPOSED', 'INTRODUCTION', 'TRIAL', 'APPROVED'] as const;

/** An adoption of a new child of the region by the scope's family, taken up to `stage`. */
async function placement(world: World, scope: Scope, stage: (typeof PLACEMENT_STEPS)[number], childOf = child) {
  const subject = await childOf(world, scope);
  const familyId = await family(world, scope);
  let current = await world.must('Mutation.proposePlacement', { input: { childId: subject.id, familyId, form: 'ADOPTION', note: note(SENSITIVE.transitionNote) } });
  const step = (key: OperationKey, input: Record<string, unknown> = {}) => world.must(key, { input: { placementId: current.id, version: current.version, ...input } });
  if (PLACEMENT_STEPS.indexOf(stage) >= 1) current = await step('Mutation.startPlacementIntroduction');
  if (PLACEMENT_STEPS.indexOf(stage) >= 2) current = await step('Mutation.startPlacementTrial');
  if (PLACEMENT_STEPS.indexOf(stage) >= 3) {
    current = await step('Mutation.approvePlacement', { decisionKind: 'COURT_DECISION', decisionReference: '2-1234/2026', decisionDate: today() });
  }
  return { ...current, childId: subject.id };
}

/** A professional foster stay of a new child of the region, five months in (P-STAY), written directly. */
export async function activeProfessionalFosterStay(world: World, scope: Scope) {
  const [subject, familyId] = [await child(world, scope), await family(world, scope)];
  const em = world.app.orm.em.fork();
  const startedAt = addMonths(today(), -5);
  const stay = em.create(Placement, {
    child: subject.id,
    family: familyId,
    form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY,
    status: PlacementStatus.ACTIVE,
    decisionKind: DecisionKind.CONTRACT,
    decisionReference: 'ДП-15/2026',
    decisionDate: startedAt,
    startedAt,
    endsOn: addMonths(startedAt, 6),
  });
  await em.flush();
  return { id: stay.id, version: stay.version, startedAt, childId: subject.id };
}

const MENTORSHIP_STEPS = ['PROPOSED', 'ACTIVE', 'PAUSED'] as const;

/** A mentorship of a new mentor and a new child of the region, taken up to `stage`. */
async function mentorship(world: World, scope: Scope, stage: (typeof MENTORSHIP_STEPS)[number]) {
  const [subject, guide] = [await olderChild(world, scope), await mentor(world, scope)];
  let current = await world.must('Mutation.proposeMentorship', { input: { childId: subject.id, mentorId: guide.id } });
  const step = (key: OperationKey) => world.must(key, { input: { mentorshipId: current.id, version: current.version } });
  if (MENTORSHIP_STEPS.indexOf(stage) >= 1) current = await step('Mutation.activateMentorship');
  if (MENTORSHIP_STEPS.indexOf(stage) >= 2) current = await step('Mutation.pauseMentorship');
  return { ...current, childId: subject.id };
}

/** An active mentorship with one meeting recorded, notes included. */
export async function mentorshipWithMeeting(world: World, scope: Scope) {
  const active = await mentorship(world, scope, 'ACTIVE');
  await world.must('Mutation.recordMentorshipMeeting', { input: { mentorshipId: active.id, date: today(), durationMinutes: 60, kind: 'IN_PERSON', notes: note(SENSITIVE.meetingNotes) } });
  return active;
}

/** A placement of the scope's family, proposed, whose applicants carry check details. */
export async function placementWithCheckDetails(world: World, scope: Scope) {
  const proposed = await placement(world, scope, 'PROPOSED');
  const familyId = await family(world, scope);
  const applicant = await world.app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: familyId, position: 1 });
  const checks = [{ kind: 'CRIMINAL_RECORD', result: 'CLEAR', checkedAt: addDays(today(), -10), detail: note(SENSITIVE.checkDetail) }];
  await world.must('Mutation.recordApplicantChecks', { input: { familyId, applicantId: applicant.id, version: await versionOfFamily(world, familyId), checks } });
  return { placementId: proposed.id, childId: proposed.childId, familyId, applicantId: applicant.id };
}

function childRegistration(world: World, scope: Scope) {
  const iin = validIin('2016-04-02', Sex.MALE);
  world.iins.push(iin);
  return {
    iin,
    // Both names unique: registrations alike in name and birth date are held as possible duplicates.
    lastName: uniqueName('Сәрсенов'),
    firstName: uniqueName('Ұлан'),
    birthDate: '2016-04-02',
    sex: 'MALE',
    regionCode: scope.regionCode,
    legalStatus: 'ORPHAN',
    registeredAt: '2024-09-01',
    healthGroup: 'II',
    languages: ['KAZAKH'],
    healthNotes: note(SENSITIVE.healthNotes),
  };
}

function familyRegistration(world: World, scope: Scope) {
  const iin = validIin('1984-05-12', Sex.MALE);
  world.iins.push(iin);
  const applicant = {
    iin,
    lastName: uniqueName('Қасымов'),
    firstName: uniqueName('Нұрлан'),
    birthDate: '1984-05-12',
    sex: 'MALE',
    citizenship: 'KAZAKHSTAN',
    maritalStatus: 'MARRIED',
    checks: [{ kind: 'CRIMINAL_RECORD', result: 'CLEAR', checkedAt: '2026-01-15', detail: note(SENSITIVE.checkDetail) }],
  };
  return {
    forms: ['GUARDIANSHIP'],
    applicants: [applicant],
    regionCode: scope.regionCode,
    settlement: 'Астана',
    monthlyIncome: 520_000,
    housing: { kind: 'OWNED_APARTMENT', areaSqm: 95, rooms: 4 },
    preferences: { childAgeMin: 3, childAgeMax: 12, maxChildren: 2, languages: ['KAZAKH'] },
    capacity: 2,
  };
}

function mentorRegistration(world: World, scope: Scope) {
  const iin = validIin('1992-10-17', Sex.MALE);
  world.iins.push(iin);
  return {
    iin,
    lastName: 'Әбдірахманов',
    firstName: 'Ғалым',
    birthDate: '1992-10-17',
    sex: 'MALE',
    citizenship: 'KAZAKHSTAN',
    regionCode: scope.regionCode,
    city: 'Астана',
    trainingCertificateDate: '2025-06-01',
    backgroundCheckResult: 'CLEAR',
    backgroundCheckDate: '2025-05-15',
  };
}

function institutionRegistration(scope: Scope, name = uniqueName('Отбасыны қолдау орталығы')) {
  return { name, kind: 'FAMILY_SUPPORT_CENTRE', regionCode: scope.regionCode, settlement: 'Астана', address: 'ул. Тестовая, 1', capacity: 60 };
}

/** An institution of the scope's region, registered through the API as an administrator. */
function institution(world: World, scope: Scope, name?: string) {
  return world.must('Mutation.registerInstitution', { input: institutionRegistration(scope, name) });
}

/** A password the policy accepts, for accounts set up by a token. */
const NEW_PASSWORD = 'lantern-steppe-wind-42';

/** A social worker of the scope's region, set up directly. */
function staffAccount(world: World, scope: Scope, disabled = false) {
  return createUser(world.app.orm, { email: `account-${++serial}-${Date.now()}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: scope.regionCode, disabled });
}

/** A case for a transfer: the scope worker's own (a coordinator's is a mentor, anyone else's a child), or one a new worker of the region owns. */
async function ownedCase(world: World, scope: Scope): Promise<{ kind: 'CHILD' | 'MENTOR'; recordId: string; ownerId: string }> {
  const owner = scope.worker ?? { id: (await staffAccount(world, scope)).id, role: Role.SOCIAL_WORKER };
  const em = world.app.orm.em.fork();
  if (owner.role === Role.MENTOR_COORDINATOR) {
    const { id } = await mentor(world, { regionCode: scope.regionCode });
    await em.nativeUpdate(Mentor, { id }, { assignedWorker: owner.id });
    return { kind: 'MENTOR', recordId: id, ownerId: owner.id };
  }
  const { id } = await child(world, scope);
  await em.nativeUpdate(Child, { id }, { assignedWorker: owner.id });
  return { kind: 'CHILD', recordId: id, ownerId: owner.id };
}

/** A new worker of the scope's region who may receive a case of the kind. */
const receiverFor = (world: World, scope: Scope, kind: 'CHILD' | 'MENTOR') =>
  createUser(world.app.orm, { email: `receiver-${++serial}-${Date.now()}@test.kz`, role: kind === 'MENTOR' ? Role.MENTOR_COORDINATOR : Role.SOCIAL_WORKER, regionCode: scope.regionCode });

/** A transfer waiting for an answer, addressed to the scope's worker (or to a new one of the region). */
async function pendingTransfer(world: World, scope: Scope): Promise<string> {
  const kind = scope.worker?.role === Role.MENTOR_COORDINATOR ? 'MENTOR' : 'CHILD';
  const owner = await receiverFor(world, scope, kind);
  const record = await ownedCase(world, { regionCode: scope.regionCode, worker: { id: owner.id, role: owner.role } });
  const toWorker = scope.worker?.id ?? (await receiverFor(world, scope, kind)).id;
  const em = world.app.orm.em.fork();
  const transfer = em.create(CaseTransfer, {
    [kind === 'MENTOR' ? 'mentor' : 'child']: record.recordId, fromWorker: record.ownerId, toWorker, requestedBy: record.ownerId, fromRegion: scope.regionCode, toRegion: scope.regionCode, note: 'synthetic transfer note',
  });
  await em.flush();
  return transfer.id;
}

/** A child of the scope's region shown to the scope's family (or a new one), at `status`: the id. */
async function inquiry(world: World, scope: Scope, status: InquiryStatus = InquiryStatus.SHARED): Promise<string> {
  const [subject, familyId] = [await child(world, scope), await family(world, scope)];
  const em = world.app.orm.em.fork();
  const record = em.create(Inquiry, { child: subject.id, family: familyId, sharedBy: world.userIds[Role.SOCIAL_WORKER], status, ...(status === InquiryStatus.OPEN ? { inquiredAt: new Date(), dueOn: addDays(today(), 5) } : {}) });
  await em.flush();
  return record.id;
}

export type Scenario = (world: World, scope: Scope) => Promise<Call>;

/** One successful call of every Query and Mutation field, for records of the scope. */
export const SCENARIOS: Record<OperationKey, Scenario> = {
  'Query.regions': async () => ({ variables: {} }),
  'Query.districts': async (_world, scope) => ({ variables: { regionCode: scope.regionCode } }),
  'Query.institution': async (world, scope) => {
    const { id } = await institution(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.institutions': async (world, scope) => {
    const name = uniqueName('Балалар үйі');
    const { id } = await institution(world, scope, name);
    return { variables: { first: 100, filter: { search: name } }, recordId: id };
  },
  'Query.me': async () => ({ variables: {} }),
  'Query.child': async (world, scope) => {
    const { id } = await child(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.children': async (world, scope) => {
    const lastName = uniqueName('Табылған');
    const { id } = await child(world, scope, { lastName });
    return { variables: { first: 100, filter: { search: lastName } }, recordId: id };
  },
  'Query.family': async (world, scope) => {
    const id = await family(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.families': async (world, scope) => {
    const name = uniqueName('Отбасы');
    const id = await family(world, scope, { searchName: normalizeSearchText(name) });
    return { variables: { first: 100, filter: { search: name } }, recordId: id };
  },
  'Query.myFamily': async (world, scope) => ({ variables: {}, recordId: scope.familyId ?? world.ownFamilyId }),
  'Query.mentor': async (world, scope) => {
    const { id } = await mentor(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.mentors': async (world, scope) => {
    const lastName = uniqueName('Ұстаз');
    const { id } = await mentor(world, scope, lastName);
    return { variables: { first: 100, filter: { search: lastName } }, recordId: id };
  },
  'Query.mentorship': async (world, scope) => {
    const { id } = await mentorship(world, scope, 'PROPOSED');
    return { variables: { id }, recordId: id };
  },
  'Query.mentorships': async (world, scope) => {
    const { id, childId } = await mentorship(world, scope, 'PROPOSED');
    return { variables: { first: 100, filter: { childId } }, recordId: id };
  },
  'Query.placement': async (world, scope) => {
    const { id } = await placement(world, scope, 'PROPOSED');
    return { variables: { id }, recordId: id };
  },
  'Query.placements': async (world, scope) => {
    const { id, childId } = await placement(world, scope, 'PROPOSED');
    return { variables: { first: 100, filter: { childId } }, recordId: id };
  },
  'Query.placementCandidates': async (world, scope) => ({ variables: { childId: (await child(world, scope)).id, form: 'ADOPTION', first: 5 } }),
  'Query.childCandidates': async (world, scope) => ({ variables: { familyId: await family(world, scope), form: 'ADOPTION', first: 5 } }),
  'Query.eligibility': async (world, scope) => ({ variables: { childId: (await child(world, scope)).id, familyId: await family(world, scope), form: 'ADOPTION' } }),
  'Query.proposeAssignments': async (_world, scope) => ({ variables: { regionCode: scope.regionCode, form: 'GUEST_FAMILY' } }),
  'Query.mentorCandidates': async (world, scope) => ({ variables: { childId: (await olderChild(world, scope)).id, first: 5 } }),
  'Query.menteeCandidates': async (world, scope) => ({ variables: { mentorId: (await mentor(world, scope)).id, first: 5 } }),
  'Query.matchingPolicy': async () => ({ variables: {} }),
  'Query.auditEvents': async () => ({ variables: { first: 5 } }),
  'Query.staffAccounts': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { first: 100, filter: { regionCode: scope.regionCode, role: 'SOCIAL_WORKER' } }, recordId: id };
  },
  'Query.history': async (world, scope) => {
    const { id } = await child(world, scope);
    return { variables: { recordId: id, first: 5 }, recordId: await changeOfChild(world, id) };
  },
  'Query.outboxMessages': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    const message = await createOutboxMessage(world.app.orm, id);
    return { variables: { first: 100, filter: { recipient: message.recipient } }, recordId: message.id };
  },
  'Query.familyChangeRequests': async (world, scope) => {
    const familyId = await family(world, scope);
    const { id } = await createChangeRequest(world.app.orm, familyId);
    return { variables: { first: 100, filter: { familyId, status: ['PENDING'] } }, recordId: id };
  },
  'Query.myTasks': async () => ({ variables: { first: 100, due: 'ALL' } }),
  'Query.tasks': async (world, scope) => {
    const { id } = await createTaskAbout(world.app.orm, await child(world, scope));
    return { variables: { first: 100, filter: { regionCode: scope.regionCode } }, recordId: id };
  },
  'Query.taskCounts': async (_world, scope) => ({ variables: { regionCode: scope.regionCode } }),
  'Query.regionFigures': async (_world, scope) => ({ variables: { regionCode: scope.regionCode, from: '2026-01-01', to: '2026-12-31' } }),
  'Query.childTimeline': async (world, scope) => {
    const { id } = await child(world, scope);
    return { variables: { childId: id }, recordId: id };
  },
  'Query.myCaseload': async () => ({ variables: {} }),
  'Query.transfer': async (world, scope) => {
    const id = await pendingTransfer(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.transfers': async (world, scope) => {
    const id = await pendingTransfer(world, scope);
    return { variables: { first: 100 }, recordId: id };
  },
  'Query.caseloads': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { regionCode: scope.regionCode }, recordId: id };
  },
  'Query.inquiry': async (world, scope) => {
    const id = await inquiry(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Query.inquiries': async (world, scope) => ({ variables: { first: 100 }, recordId: await inquiry(world, scope) }),
  'Query.staffMembers': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { regionCode: scope.regionCode }, recordId: id };
  },

  'Mutation.login': async (world, scope) => {
    const email = `login-${++serial}-${Date.now()}@test.kz`;
    const user = await createUser(world.app.orm, { email, role: Role.SOCIAL_WORKER, regionCode: scope.regionCode });
    return { variables: { email, password: TEST_PASSWORD }, recordId: user.id };
  },
  'Mutation.logout': async () => ({ variables: {} }),
  // The same password again is a change all the same (a new hash, every session ended), and the caller can sign in with it.
  'Mutation.changePassword': async () => ({ variables: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
  'Mutation.setMyLanguage': async () => ({ variables: { language: 'KK' } }),
  'Mutation.activateAccount': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { token: await createAccountToken(world.app.orm, id, AccountTokenPurpose.ACTIVATION), password: NEW_PASSWORD }, actorId: id };
  },
  'Mutation.requestPasswordReset': async (world, scope) => {
    const { email } = await staffAccount(world, scope);
    return { variables: { email } };
  },
  'Mutation.resetPassword': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { token: await createAccountToken(world.app.orm, id, AccountTokenPurpose.PASSWORD_RESET), password: NEW_PASSWORD }, actorId: id };
  },
  'Mutation.createStaffAccount': async (_world, scope) => ({
    variables: { input: { email: `staff-${++serial}-${Date.now()}@test.kz`, displayName: 'Жаңа қызметкер', role: 'SOCIAL_WORKER', regionCode: scope.regionCode } },
  }),
  'Mutation.updateStaffAccount': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { input: { id, role: 'MENTOR_COORDINATOR' } }, recordId: id };
  },
  'Mutation.disableAccount': async (world, scope) => {
    const { id } = await staffAccount(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Mutation.enableAccount': async (world, scope) => {
    const { id } = await staffAccount(world, scope, true);
    return { variables: { id }, recordId: id };
  },
  'Mutation.inviteFamily': async (world, scope) => {
    const { id } = await createFamily(world.app.orm, { regionCode: scope.regionCode });
    return { variables: { familyId: id, email: `invited-family-${++serial}-${Date.now()}@test.kz` } };
  },
  'Mutation.inviteMentor': async (world, scope) => {
    const { id } = await createMentor(world.app.orm, { regionCode: scope.regionCode });
    return { variables: { mentorId: id, email: `invited-mentor-${++serial}-${Date.now()}@test.kz` } };
  },
  'Mutation.registerChild': async (world, scope) => ({ variables: { input: childRegistration(world, scope) } }),
  'Mutation.updateChild': async (world, scope) => {
    const { id, version } = await child(world, scope);
    return { variables: { input: { id, version, caseNotes: note(SENSITIVE.caseNotes) } }, recordId: id };
  },
  'Mutation.registerInstitution': async (_world, scope) => ({ variables: { input: institutionRegistration(scope) } }),
  'Mutation.updateInstitution': async (world, scope) => {
    const { id, version } = await institution(world, scope);
    return { variables: { input: { id, version, capacity: 80 } }, recordId: id };
  },
  'Mutation.correctChildIdentity': async (world, scope) => {
    const { id, version } = await child(world, scope);
    return { variables: { input: { id, version, reason: 'The birth certificate spells the name otherwise', lastName: uniqueName('Түзетілген') } }, recordId: id };
  },
  'Mutation.linkSiblings': async (world, scope) => {
    const [first, second] = [await child(world, scope), await child(world, scope, { birthDate: '2017-09-30' })];
    return { variables: { input: { childId: first.id, siblingId: second.id } }, recordId: first.id };
  },
  'Mutation.unlinkSibling': async (world, scope) => {
    const em = world.app.orm.em.fork();
    const group = em.create(SiblingGroup, {});
    await em.flush();
    const [first] = [await child(world, scope, { siblingGroup: group.id }), await child(world, scope, { siblingGroup: group.id, birthDate: '2017-09-30' })];
    return { variables: { input: { childId: first.id, reason: 'A DNA test showed they are not siblings' } }, recordId: first.id };
  },
  'Mutation.recordDataBankExit': async (world, scope) => {
    const { id, version } = await child(world, scope);
    return { variables: { input: { childId: id, version, reason: 'RETURNED_TO_PARENTS', exitedAt: today() } }, recordId: id };
  },
  'Mutation.recordDataBankRegistration': async (world, scope) => {
    const { id, version } = await child(world, scope, { dataBankRegisteredAt: null, dataBankNumber: null });
    return { variables: { input: { childId: id, version, registrationNumber: 'RDB-TEST-0001' } }, recordId: id };
  },
  'Mutation.registerFamily': async (world, scope) => ({ variables: { input: familyRegistration(world, scope) } }),
  'Mutation.updateFamily': async (world, scope) => {
    const id = await family(world, scope);
    return { variables: { input: { id, version: await versionOfFamily(world, id), settlement: 'Қосшы' } }, recordId: id };
  },
  'Mutation.recordFamilyAssessment': async (world, scope) => {
    const id = await family(world, { regionCode: scope.regionCode }, { decidedStatus: AssessmentStatus.APPLIED });
    return { variables: { input: { familyId: id, version: await versionOfFamily(world, id), status: 'IN_ASSESSMENT', decidedAt: today() } }, recordId: id };
  },
  'Mutation.recordApplicantChecks': async (world, scope) => {
    const id = await family(world, scope);
    const applicant = await world.app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: id, position: 1 });
    const checks = [{ kind: 'MEDICAL', result: 'CLEAR', checkedAt: addDays(today(), -3), detail: note(SENSITIVE.checkDetail) }];
    return { variables: { input: { familyId: id, applicantId: applicant.id, version: await versionOfFamily(world, id), checks } }, recordId: id };
  },
  'Mutation.correctApplicantIdentity': async (world, scope) => {
    const id = await family(world, scope);
    const applicant = await world.app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: id, position: 1 });
    const input = { id, version: await versionOfFamily(world, id), applicantId: applicant.id, reason: 'The ID card reads otherwise', firstName: uniqueName('Ерболат') };
    return { variables: { input }, recordId: id };
  },
  'Mutation.submitFamilyChanges': async (world, scope) => {
    const id = scope.familyId ?? world.ownFamilyId;
    return { variables: { input: { version: await versionOfFamily(world, id), availabilityNote: note('Weekends') } }, recordId: id };
  },
  'Mutation.reviewFamilyChanges': async (world, scope) => {
    const familyId = await family(world, scope);
    const { id, version } = await createChangeRequest(world.app.orm, familyId);
    const decisions = [{ field: 'availabilityNote', accept: true }];
    return { variables: { input: { id, version, familyVersion: await versionOfFamily(world, familyId), decisions } }, recordId: id };
  },
  'Mutation.confirmMyAvailability': async (world, scope) => {
    const id = scope.familyId ?? world.ownFamilyId;
    return { variables: { version: await versionOfFamily(world, id) }, recordId: id };
  },
  'Mutation.shareChildWithFamily': async (world, scope) => ({ variables: { input: { childId: (await child(world, scope)).id, familyId: await family(world, scope) } } }),
  'Mutation.expressInterest': async (world, scope) => {
    const id = await inquiry(world, scope);
    return { variables: { id }, recordId: id };
  },
  'Mutation.answerInquiry': async (world, scope) => {
    const id = await inquiry(world, scope, InquiryStatus.OPEN);
    return { variables: { input: { id, decision: 'ACCEPTED' } }, recordId: id };
  },
  'Mutation.registerMentor': async (world, scope) => ({ variables: { input: mentorRegistration(world, scope) } }),
  'Mutation.updateMentor': async (world, scope) => {
    const { id, version } = await mentor(world, scope);
    return { variables: { input: { id, version, city: 'Қосшы' } }, recordId: id };
  },
  'Mutation.correctMentorIdentity': async (world, scope) => {
    const { id, version } = await mentor(world, scope);
    return { variables: { input: { id, version, reason: 'Married: the new ID card has her husband’s name', lastName: uniqueName('Жаңаева') } }, recordId: id };
  },
  'Mutation.proposeMentorship': async (world, scope) => {
    const [subject, guide] = [await olderChild(world, scope), await mentor(world, scope)];
    return { variables: { input: { childId: subject.id, mentorId: guide.id } } };
  },
  'Mutation.activateMentorship': async (world, scope) => {
    const { id, version } = await mentorship(world, scope, 'PROPOSED');
    return { variables: { input: { mentorshipId: id, version, startedAt: today() } }, recordId: id };
  },
  'Mutation.pauseMentorship': async (world, scope) => {
    const { id, version } = await mentorship(world, scope, 'ACTIVE');
    return { variables: { input: { mentorshipId: id, version } }, recordId: id };
  },
  'Mutation.resumeMentorship': async (world, scope) => {
    const { id, version } = await mentorship(world, scope, 'PAUSED');
    return { variables: { input: { mentorshipId: id, version } }, recordId: id };
  },
  'Mutation.closeMentorship': async (world, scope) => {
    const { id, version } = await mentorship(world, scope, 'PROPOSED');
    return { variables: { input: { mentorshipId: id, version, reason: 'DECLINED' } }, recordId: id };
  },
  'Mutation.recordMentorshipMeeting': async (world, scope) => {
    const { id } = await mentorship(world, scope, 'ACTIVE');
    return { variables: { input: { mentorshipId: id, date: today(), durationMinutes: 45, kind: 'ONLINE', notes: note(SENSITIVE.meetingNotes) } } };
  },
  'Mutation.proposePlacement': async (world, scope) => {
    const [subject, familyId] = [await child(world, scope), await family(world, scope)];
    return { variables: { input: { childId: subject.id, familyId, form: 'ADOPTION' } } };
  },
  'Mutation.recordChildConsent': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'PROPOSED', olderChild);
    return { variables: { input: { placementId: id, version, recordedAt: today() } }, recordId: id };
  },
  'Mutation.startPlacementIntroduction': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'PROPOSED');
    return { variables: { input: { placementId: id, version } }, recordId: id };
  },
  'Mutation.startPlacementTrial': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'INTRODUCTION');
    return { variables: { input: { placementId: id, version } }, recordId: id };
  },
  'Mutation.approvePlacement': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'TRIAL');
    return { variables: { input: { placementId: id, version, decisionKind: 'COURT_DECISION', decisionReference: '2-77/2026', decisionDate: today() } }, recordId: id };
  },
  'Mutation.activatePlacement': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'APPROVED');
    return { variables: { input: { placementId: id, version, startedAt: today() } }, recordId: id };
  },
  'Mutation.endPlacement': async (world, scope) => {
    const { id, version } = await placement(world, scope, 'PROPOSED');
    return { variables: { input: { placementId: id, version, reason: 'WITHDRAWN_BEFORE_APPROVAL', endedAt: today() } }, recordId: id };
  },
  'Mutation.extendPlacementStay': async (world, scope) => {
    const { id, version } = await activeProfessionalFosterStay(world, scope);
    return { variables: { input: { placementId: id, version, decisionReference: 'ДП-15/2026-1', decisionDate: today() } }, recordId: id };
  },
  'Mutation.createTask': async (world, scope) => ({
    variables: { input: { kind: 'MANUAL_HOME_VISIT', subjectKind: 'Child', subjectId: (await child(world, scope)).id, dueOn: addDays(today(), 3) } },
  }),
  'Mutation.completeTask': async (world, scope) => {
    const { id } = await createTaskAbout(world.app.orm, await child(world, scope));
    return { variables: { id }, recordId: id };
  },
  'Mutation.cancelTask': async (world, scope) => {
    const { id } = await createTaskAbout(world.app.orm, await child(world, scope));
    return { variables: { id }, recordId: id };
  },
  'Mutation.supersedeDocument': async (world, scope) => {
    // A family's documents: the staff who keep case files see them in its region (a coordinator no family's).
    const subject = { kind: DocumentSubjectKind.Family, id: await family(world, { regionCode: scope.regionCode }) };
    const older = await createDocumentRow(world.app.orm, subject, world.userIds[Role.ADMIN], DocumentKind.HOUSING_INSPECTION_ACT);
    const newer = await createDocumentRow(world.app.orm, subject, world.userIds[Role.ADMIN], DocumentKind.HOUSING_INSPECTION_ACT);
    return { variables: { id: older.id, byDocumentId: newer.id }, recordId: older.id };
  },
  'Mutation.requestTransfer': async (world, scope) => {
    const owned = await ownedCase(world, scope);
    const receiver = await receiverFor(world, scope, owned.kind);
    // The answer names a child through `child`; a mentor's edge is narrower than the transfer (FIELD_ACCESS), so not followed.
    return { variables: { input: { kind: owned.kind, recordId: owned.recordId, toWorkerId: receiver.id, note: 'synthetic transfer note' } }, recordId: owned.kind === 'CHILD' ? owned.recordId : undefined };
  },
  'Mutation.acceptTransfer': async (world, scope) => {
    const id = await pendingTransfer(world, scope);
    return { variables: { input: { transferId: id } }, recordId: id };
  },
  'Mutation.declineTransfer': async (world, scope) => {
    const id = await pendingTransfer(world, scope);
    return { variables: { input: { transferId: id, reason: 'synthetic decline reason' } }, recordId: id };
  },
  'Mutation.withdrawTransfer': async (world, scope) => {
    const owned = await ownedCase(world, scope);
    const em = world.app.orm.em.fork();
    const transfer = em.create(CaseTransfer, {
      [owned.kind === 'MENTOR' ? 'mentor' : 'child']: owned.recordId, fromWorker: owned.ownerId, toWorker: (await receiverFor(world, scope, owned.kind)).id, requestedBy: owned.ownerId, fromRegion: scope.regionCode, toRegion: scope.regionCode,
    });
    await em.flush();
    return { variables: { input: { transferId: transfer.id, reason: 'synthetic: sent to the wrong colleague' } }, recordId: transfer.id };
  },
  'Mutation.updateMatchingPolicy': async (world) => {
    const policy = await world.must('Query.matchingPolicy', {});
    return { variables: { input: { expectedVersion: policy.version, rules: [], note: 'Back to the registry defaults' } } };
  },
};
