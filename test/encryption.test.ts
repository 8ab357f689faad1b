import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashIin } from '../src/db/encryption.js';
import { Child } from '../src/modules/children/child.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import {
  RecordApplicantChecksDocument,
  RegisterChildDocument,
  RegisterFamilyDocument,
  SealedApplicantFieldsDocument,
  SealedChildCaseFileDocument,
  SealedMeetingNotesDocument,
  type RegisterChildInput,
  type RegisterFamilyInput,
} from './generated/graphql.js';
import { createChild, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let worker: string;
let coordinator: string;

const SEALED = /^v1:[\w-]{8}:[\w-]{16}:[\w-]{22}:[\w-]*$/;

/** The row as PostgreSQL holds it, read with SQL past the ORM and its types. */
async function rawRow(table: string, id: string): Promise<Record<string, unknown>> {
  const [row] = await app.orm.em.getConnection().execute(`select * from "${table}" where "id" = ?`, [id]);
  if (!row) throw new Error(`no ${table} row ${id}`);
  return row;
}

/** Asserts a stored value is sealed and none of the plain text shows through. */
function expectSealed(stored: unknown, plain: string) {
  expect(stored).toMatch(SEALED);
  expect(stored).not.toContain(plain);
}

function childRegistration(overrides: Partial<RegisterChildInput> = {}): RegisterChildInput {
  return {
    iin: validIin('2015-07-21', Sex.FEMALE),
    lastName: 'Жұмабаева',
    firstName: 'Аружан',
    birthDate: '2015-07-21',
    sex: 'FEMALE',
    regionCode: 'ASTANA',
    legalStatus: 'PARENTS_DEPRIVED_OF_RIGHTS',
    registeredAt: '2024-03-01',
    healthGroup: 'III',
    specialNeeds: [],
    languages: ['KAZAKH'],
    healthNotes: 'synthetic health note: asthma, inhaler twice a day',
    caseNotes: 'synthetic case note: grandmother visits on Sundays',
    ...overrides,
  };
}

function familyRegistration(): RegisterFamilyInput {
  return {
    forms: ['GUARDIANSHIP'],
    applicants: [
      {
        iin: validIin('1983-02-11', Sex.FEMALE),
        lastName: 'Омарова',
        firstName: 'Гүлнар',
        birthDate: '1983-02-11',
        sex: 'FEMALE',
        citizenship: 'KAZAKHSTAN',
        maritalStatus: 'SINGLE',
        checks: [
          { kind: 'CRIMINAL_RECORD', result: 'CLEAR', checkedAt: '2026-01-15', detail: 'synthetic detail: certificate 0001' },
          { kind: 'MEDICAL', result: 'CLEAR', checkedAt: '2026-01-20' },
        ],
      },
    ],
    regionCode: 'ASTANA',
    settlement: 'Астана',
    monthlyIncome: 400_000,
    housing: { kind: 'OWNED_APARTMENT', areaSqm: 70, rooms: 3 },
    preferences: { childAgeMin: 3, childAgeMax: 12, maxChildren: 1, acceptsSiblings: false, languages: ['KAZAKH'] },
    capacity: 1,
  };
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  [worker, coordinator] = await Promise.all([app.login('worker@test.kz'), app.login('coordinator@test.kz')]);
});

afterAll(() => app?.close());

describe("a child's case file at rest", () => {
  it('is stored sealed, with a keyed hash that is not the IIN, and read back in clear by a social worker', async () => {
    const input = childRegistration();
    const registered = await app.request(RegisterChildDocument, { input }, worker);
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerChild.id;

    const row = await rawRow('child', id);
    expectSealed(row.iin, input.iin);
    expectSealed(row.health_notes, input.healthNotes!);
    expectSealed(row.case_notes, input.caseNotes!);
    expect(row.iin_hash).toBe(hashIin(input.iin));
    expect(row.iin_hash).not.toContain(input.iin);
    // Nothing else in the row repeats the IIN (no stray copy in another column).
    expect(JSON.stringify(row)).not.toContain(input.iin);

    const read = await app.request(SealedChildCaseFileDocument, { id }, worker);
    expect(read.errors).toBeUndefined();
    expect(read.data!.child).toEqual({ id, iin: input.iin, healthNotes: input.healthNotes, caseNotes: input.caseNotes });
  });

  it('keeps the IIN unique through the hash: registering the same IIN twice is CONFLICT', async () => {
    const input = childRegistration();
    expect((await app.request(RegisterChildDocument, { input }, worker)).errors).toBeUndefined();
    const again = await app.request(RegisterChildDocument, { input: childRegistration({ iin: input.iin, firstName: 'Басқа' }) }, worker);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().count(Child, { iinHash: hashIin(input.iin) })).toBe(1);
  });

  it('has the database refuse a duplicate IIN that skips the service check', async () => {
    const iin = validIin('2018-01-01', Sex.MALE);
    await createChild(app.orm, { iin, birthDate: '2018-01-01', sex: Sex.MALE });
    await expect(createChild(app.orm, { iin, birthDate: '2018-01-01', sex: Sex.MALE })).rejects.toThrow(UniqueConstraintViolationException);
  });

  it('writes nothing for an entity loaded and flushed unchanged, and seals a changed note afresh', async () => {
    const { id } = await createChild(app.orm, { healthNotes: 'synthetic: before' });
    const before = await rawRow('child', id);
    const em = app.orm.em.fork();
    const child = await em.findOneOrFail(Child, { id });
    em.getUnitOfWork().computeChangeSets();
    expect(em.getUnitOfWork().getChangeSets()).toHaveLength(0);

    child.healthNotes = 'synthetic: after';
    await em.flush();
    const after = await rawRow('child', id);
    expectSealed(after.health_notes, 'synthetic: after');
    expect(after.health_notes).not.toBe(before.health_notes);
    // Untouched columns keep their ciphertext byte for byte.
    expect([after.iin, after.case_notes, after.iin_hash]).toEqual([before.iin, before.case_notes, before.iin_hash]);
    expect((await app.orm.em.fork().findOneOrFail(Child, { id })).healthNotes).toBe('synthetic: after');
  });

  it('refuses a filter on an encrypted column instead of silently matching nothing', async () => {
    await expect(app.orm.em.fork().count(Child, { iin: validIin('2015-07-21', Sex.FEMALE) })).rejects.toThrow(/encrypted/);
  });

  it('is sealed by bulk inserts too, as the seeders write', async () => {
    const iin = validIin('2017-05-05', Sex.FEMALE);
    const em = app.orm.em.fork();
    const child = em.create(
      Child,
      {
        iin, lastName: 'Массова', firstName: 'Дана', searchName: 'массова дана', birthDate: '2017-05-05', sex: Sex.FEMALE, region: 'ASTANA',
        legalStatus: 'ORPHAN' as never, registeredAt: '2020-01-01', healthGroup: 'I' as never, healthNotes: 'synthetic bulk note',
      },
      { persist: false },
    );
    await em.insertMany([child]);
    const row = await rawRow('child', child.id);
    expectSealed(row.iin, iin);
    expectSealed(row.health_notes, 'synthetic bulk note');
    expect(row.iin_hash).toBe(hashIin(iin));
  });
});

describe('family applicants at rest', () => {
  it('seal the IIN and each check detail, keep kind, result and date clear for matching, and show details to assessors', async () => {
    const input = familyRegistration();
    const registered = await app.request(RegisterFamilyDocument, { input }, worker);
    expect(registered.errors).toBeUndefined();
    const familyId = registered.data!.registerFamily.id;
    const applicant = await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: familyId });
    const { iin } = input.applicants[0]!;
    const checks = input.applicants[0]!.checks!;

    const row = await rawRow('family_applicant', applicant.id);
    expectSealed(row.iin, iin);
    expect(row.iin_hash).toBe(hashIin(iin));
    const stored = row.checks as { kind: string; result: string; checked_at: string; detail?: string }[];
    expect(stored.map(({ kind, result, checked_at }) => ({ kind, result, checked_at }))).toEqual([
      { kind: 'CRIMINAL_RECORD', result: 'CLEAR', checked_at: '2026-01-15' },
      { kind: 'MEDICAL', result: 'CLEAR', checked_at: '2026-01-20' },
    ]);
    expectSealed(stored[0]!.detail, checks[0]!.detail!);
    expect(stored[1]!.detail ?? null).toBeNull();

    const read = await app.request(SealedApplicantFieldsDocument, { id: familyId }, worker);
    expect(read.errors).toBeUndefined();
    expect(read.data!.family.applicants[0]).toEqual({
      iin,
      checks: [
        { kind: 'CRIMINAL_RECORD', result: 'CLEAR', detail: checks[0]!.detail },
        { kind: 'MEDICAL', result: 'CLEAR', detail: null },
      ],
    });

    // Recorded later, a detail is sealed the same way.
    const recorded = await app.request(
      RecordApplicantChecksDocument,
      { input: { familyId, applicantId: applicant.id, version: 1, checks: [{ kind: 'NARCOLOGICAL_REGISTER', result: 'CLEAR', checkedAt: '2026-02-01', detail: 'synthetic later detail' }] } },
      worker,
    );
    expect(recorded.errors).toBeUndefined();
    const later = ((await rawRow('family_applicant', applicant.id)).checks as { kind: string; detail?: string }[]).find((check) => check.kind === 'NARCOLOGICAL_REGISTER');
    expectSealed(later!.detail, 'synthetic later detail');
    const reread = await app.request(SealedApplicantFieldsDocument, { id: familyId }, worker);
    expect(reread.data!.family.applicants[0]!.checks).toContainEqual({ kind: 'NARCOLOGICAL_REGISTER', result: 'CLEAR', detail: 'synthetic later detail' });
  });

  it('find an applicant already registered by the hash of the IIN: CONFLICT', async () => {
    const input = familyRegistration();
    expect((await app.request(RegisterFamilyDocument, { input }, worker)).errors).toBeUndefined();
    const again = await app.request(RegisterFamilyDocument, { input: { ...familyRegistration(), applicants: input.applicants } }, worker);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('mentors and their meetings at rest', () => {
  it('seal the mentor IIN and the meeting notes, which the coordinator reads in clear', async () => {
    const iin = validIin('1990-01-05', Sex.FEMALE);
    const mentor = await createMentor(app.orm, { iin });
    const mentorRow = await rawRow('mentor', mentor.id);
    expectSealed(mentorRow.iin, iin);
    expect(mentorRow.iin_hash).toBe(hashIin(iin));
    await expect(createMentor(app.orm, { iin })).rejects.toThrow(UniqueConstraintViolationException);

    const child = await createChild(app.orm);
    const em = app.orm.em.fork();
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10' });
    const meeting = em.create(MentorshipMeeting, { mentorship, date: '2026-02-01', durationMinutes: 60, kind: MeetingKind.IN_PERSON, notes: 'synthetic meeting note' });
    await em.flush();

    expectSealed((await rawRow('mentorship_meeting', meeting.id)).notes, 'synthetic meeting note');
    const read = await app.request(SealedMeetingNotesDocument, { id: mentorship.id }, coordinator);
    expect(read.errors).toBeUndefined();
    expect(read.data!.mentorship.meetings).toEqual([{ date: '2026-02-01', notes: 'synthetic meeting note' }]);
  });
});
