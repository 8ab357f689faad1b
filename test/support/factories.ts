import type { RequiredEntityData } from '@mikro-orm/core';
import { createHash, randomBytes } from 'node:crypto';
import type { Orm } from '../../src/db/orm.js';
import { ChildStatus, HealthGroup, LegalStatus } from '../../src/modules/children/child.enums.js';
import { Child } from '../../src/modules/children/child.entity.js';
import { FamilyApplicant } from '../../src/modules/families/family-applicant.entity.js';
import { AssessmentStatus, BackgroundCheckKind, HousingKind, MaritalStatus } from '../../src/modules/families/family.enums.js';
import { Family } from '../../src/modules/families/family.entity.js';
import { FamilyChangeRequest } from '../../src/modules/family-changes/family-change-request.entity.js';
import { FieldDecision, type ProposedField } from '../../src/modules/family-changes/family-change.rules.js';
import { AccountToken, AccountTokenPurpose } from '../../src/modules/identity/account-token.entity.js';
import { hashPassword } from '../../src/modules/identity/password.js';
import { User } from '../../src/modules/identity/user.entity.js';
import { Mentor } from '../../src/modules/mentors/mentor.entity.js';
import { NotificationTemplate } from '../../src/modules/notifications/notification-outbox.entity.js';
import { Document } from '../../src/modules/documents/document.entity.js';
import { DocumentKind, DocumentSubjectKind } from '../../src/modules/documents/document.enums.js';
import { Task } from '../../src/modules/tasks/task.entity.js';
import { TaskKind, TaskSubjectKind } from '../../src/modules/tasks/task.enums.js';
import { queueNotification } from '../../src/modules/notifications/outbox.js';
import { CheckResult, Citizenship, Language, PlacementForm, Role, Sex } from '../../src/shared/enums.js';
import { addDays, today } from '../../src/shared/dates.js';
import { composeIin } from '../../src/shared/iin.js';
import { normalizeSearchText } from '../../src/shared/search-text.js';
import { TEST_PASSWORD } from './test-app.js';

/** Synthetic people for tests: valid, unique IINs and invented names. */

let serial = 1;
export function validIin(birthDate: string, sex: Sex): string {
  for (;;) {
    const iin = composeIin(birthDate, sex, serial++);
    if (iin) return iin;
  }
}

const passwordHash = hashPassword(TEST_PASSWORD);

/** Every background check, clear and recent: an approved family that needs no re-check. */
export const clearChecks = () =>
  Object.values(BackgroundCheckKind).map((kind) => ({ kind, result: CheckResult.CLEAR, checkedAt: addDays(today(), -30) }));

export async function createUser(orm: Orm, data: { email: string; role: Role; regionCode?: string; districtCode?: string; familyId?: string; mentorId?: string; disabled?: boolean }) {
  const em = orm.em.fork();
  const user = em.create(User, {
    email: data.email,
    passwordHash: await passwordHash,
    role: data.role,
    region: data.regionCode,
    district: data.districtCode,
    family: data.familyId,
    mentor: data.mentorId,
    displayName: `Test ${data.role.toLowerCase()}`,
    disabled: data.disabled ?? false,
  });
  await em.flush();
  return user;
}

/** A one-time token of the account, as an email would carry it; only its SHA-256 is stored, as the service stores it. */
export async function createAccountToken(orm: Orm, userId: string, purpose: AccountTokenPurpose, expiresAt = new Date(Date.now() + 3_600_000)): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const em = orm.em.fork();
  em.create(AccountToken, { user: userId, purpose, tokenHash: createHash('sha256').update(token).digest('hex'), expiresAt });
  await em.flush();
  return token;
}

/** A password-reset message for the account, in its outbox as the reset request writes it. */
export async function createOutboxMessage(orm: Orm, userId: string) {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { id: userId });
  const message = queueNotification(em, user, NotificationTemplate.PASSWORD_RESET, { token: randomBytes(32).toString('base64url'), expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
  await em.flush();
  return message;
}

/** An open manual task about a child, due today unless said otherwise. */
export async function createTaskAbout(orm: Orm, child: { id: string; region: { code: string } }, data: { assigneeId?: string; dueOn?: string; kind?: TaskKind } = {}) {
  const em = orm.em.fork();
  const task = em.create(Task, {
    kind: data.kind ?? TaskKind.MANUAL_OTHER, subjectKind: TaskSubjectKind.Child, subjectId: child.id, occurrence: '', region: child.region.code, assignee: data.assigneeId, dueOn: data.dueOn ?? today(),
  });
  task.occurrence = task.id;
  await em.flush();
  return task;
}

/** A document's row alone, with no blob behind it: for tests of its metadata and scope, never downloaded. */
export async function createDocumentRow(orm: Orm, subject: { kind: DocumentSubjectKind; id: string }, uploadedBy: string, kind = DocumentKind.OTHER) {
  const em = orm.em.fork();
  const document = em.create(Document, {
    kind, subjectKind: subject.kind, subjectId: subject.id, fileName: 'synthetic.pdf', contentType: 'application/pdf', size: 1, dataKey: randomBytes(32).toString('base64'), uploadedBy,
  });
  await em.flush();
  return document;
}

export async function createChild(orm: Orm, data: Partial<RequiredEntityData<Child>> & { regionCode?: string } = {}) {
  const em = orm.em.fork();
  // Under 10 by default, so no consent (A-CONSENT) is needed unless a test asks for an older child.
  const birthDate = (data.birthDate as string) ?? '2019-03-14';
  const sex = (data.sex as Sex) ?? Sex.FEMALE;
  const lastName = (data.lastName as string) ?? 'Тестова';
  const firstName = (data.firstName as string) ?? 'Айгерім';
  const { regionCode, ...rest } = data;
  const child = em.create(Child, {
    iin: validIin(birthDate, sex),
    lastName,
    firstName,
    searchName: normalizeSearchText(lastName, firstName, data.middleName as string | undefined),
    birthDate,
    sex,
    region: regionCode ?? 'ASTANA',
    legalStatus: LegalStatus.ORPHAN,
    registeredAt: '2020-01-10',
    // Long in the data bank, unless a test asks for a child just identified.
    identifiedAt: new Date('2020-01-10T04:00:00Z'),
    dataBankRegisteredAt: new Date('2020-01-10T06:00:00Z'),
    healthGroup: HealthGroup.II,
    specialNeeds: [],
    languages: [Language.KAZAKH],
    status: ChildStatus.AWAITING_PLACEMENT,
    ...rest,
  } as RequiredEntityData<Child>);
  await em.flush();
  return child;
}

type ApplicantData = Partial<Pick<FamilyApplicant, 'birthDate' | 'sex' | 'citizenship' | 'residesInKazakhstan' | 'maritalStatus'>>;

export async function createFamily(orm: Orm, data: Partial<RequiredEntityData<Family>> & { regionCode?: string; applicant?: ApplicantData } = {}) {
  const em = orm.em.fork();
  const { regionCode, applicant = {}, ...rest } = data;
  const birthDate = applicant.birthDate ?? '1985-06-20';
  const sex = applicant.sex ?? Sex.MALE;
  const family = em.create(Family, {
    forms: [PlacementForm.ADOPTION, PlacementForm.GUARDIANSHIP, PlacementForm.FOSTER_FAMILY],
    region: regionCode ?? 'ASTANA',
    settlement: 'Астана',
    searchName: normalizeSearchText('Тестов', 'Ерлан'),
    monthlyIncome: 450_000,
    housing: { kind: HousingKind.OWNED_APARTMENT, areaSqm: 80, rooms: 3 },
    decidedStatus: AssessmentStatus.APPROVED,
    approvedAt: '2026-03-01',
    approvalExpiresAt: '2027-03-01',
    trainingCertificateDate: '2026-02-01',
    preferences: { childAgeMin: 0, childAgeMax: 17, maxChildren: 2, acceptsSiblings: true, specialNeedsAccepted: [], languages: [Language.KAZAKH] },
    capacity: 4,
    childrenInHousehold: 0,
    ...rest,
  } as RequiredEntityData<Family>);
  em.create(FamilyApplicant, {
    family,
    position: 1,
    iin: validIin(birthDate, sex),
    lastName: 'Тестов',
    firstName: 'Ерлан',
    citizenship: Citizenship.KAZAKHSTAN,
    maritalStatus: MaritalStatus.MARRIED,
    ...applicant,
    birthDate,
    sex,
    checks: clearChecks(),
  });
  await em.flush();
  return family;
}

export async function createMentor(orm: Orm, data: Partial<RequiredEntityData<Mentor>> & { regionCode?: string } = {}) {
  const em = orm.em.fork();
  const { regionCode, ...rest } = data;
  const mentor = em.create(Mentor, {
    iin: validIin('1990-01-05', Sex.FEMALE),
    lastName: 'Наставникова',
    firstName: 'Дана',
    searchName: normalizeSearchText('Наставникова', 'Дана'),
    birthDate: '1990-01-05',
    sex: Sex.FEMALE,
    citizenship: Citizenship.KAZAKHSTAN,
    region: regionCode ?? 'ASTANA',
    city: 'Астана',
    trainingCertificateDate: '2025-05-01',
    backgroundCheckResult: CheckResult.CLEAR,
    backgroundCheckDate: '2025-04-01',
    languages: [Language.KAZAKH, Language.RUSSIAN],
    interests: ['chess'],
    maxMentees: 2,
    ...rest,
  } as RequiredEntityData<Mentor>);
  await em.flush();
  return mentor;
}

/** A pending change request of a family, as if its account had submitted it: by default, a new availability note. */
export async function createChangeRequest(orm: Orm, familyId: string, fields: Partial<ProposedField>[] = [{ field: 'availabilityNote', proposed: 'Synthetic: weekends only' }]) {
  const em = orm.em.fork();
  const family = await em.findOneOrFail(Family, familyId);
  const request = em.create(FamilyChangeRequest, {
    family,
    submittedBy: '00000000-0000-7000-8000-000000000000',
    readVersion: family.version,
    fields: fields.map((field) => ({ field: 'availabilityNote', read: null, proposed: null, decision: FieldDecision.PENDING, ...field }) as ProposedField),
  });
  await em.flush();
  return request;
}
