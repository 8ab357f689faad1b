import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { Role } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { MentorByIdDocument, MentorsDocument, RegisterMentorDocument, UpdateMentorDocument, type RegisterMentorInput } from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let coordinator: string;
let almatyCoordinator: string;
let worker: string;
let familyToken: string;
let admin: string;

const countMentors = () => app.orm.em.fork().count(Mentor, {});
const reload = (id: string) => app.orm.em.fork().findOneOrFail(Mentor, { id });

function registration(overrides: Partial<RegisterMentorInput> = {}): RegisterMentorInput {
  const birthDate = overrides.birthDate ?? '1992-10-17';
  const sex = overrides.sex ?? 'MALE';
  return {
    iin: validIin(birthDate, sex as never),
    lastName: 'Әбдірахманов',
    firstName: 'Ғалым',
    birthDate,
    sex,
    citizenship: 'KAZAKHSTAN',
    regionCode: 'ASTANA',
    city: 'Астана',
    trainingCertificateDate: '2025-06-01',
    backgroundCheckResult: 'CLEAR',
    backgroundCheckDate: '2025-05-15',
    languages: ['KAZAKH', 'ENGLISH'],
    interests: ['football', 'robotics'],
    maxMentees: 2,
    contactEmail: 'mentor@example.kz',
    ...overrides,
  };
}

async function register(input: RegisterMentorInput = registration(), token = coordinator) {
  const result = await app.request(RegisterMentorDocument, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.registerMentor;
}

beforeAll(async () => {
  app = await startTestApp();
  const family = await createFamily(app.orm);
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'coordinator.almaty@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'family@test.kz', role: Role.FAMILY, familyId: family.id });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  [coordinator, almatyCoordinator, worker, familyToken, admin] = await Promise.all(
    ['coordinator@test.kz', 'coordinator.almaty@test.kz', 'worker@test.kz', 'family@test.kz', 'admin@test.kz'].map((email) => app.login(email)),
  );
});

afterAll(() => app?.close());

describe('a coordinator managing mentors', () => {
  it('registers a mentor, reads it back, and leaves an audit event', async () => {
    const mentor = await register();
    expect(mentor).toMatchObject({ firstName: 'Ғалым', version: 1, available: true, maxMentees: 2, activeMenteeCount: 0, mentorships: [], region: { code: 'ASTANA' } });
    const read = await app.request(MentorByIdDocument, { id: mentor.id }, coordinator);
    expect(read.data!.mentor).toEqual(mentor);
    // The registration's answer and the read each showed contacts and check result: one read event each.
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: mentor.id }, { orderBy: { action: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['mentor.read-personal', 'mentor.read-personal', 'mentor.register']);
    expect(events[2]!.changedFields).toEqual(expect.arrayContaining(['iin', 'birthDate', 'maxMentees']));
  });

  it('updates a mentor and refuses a stale version', async () => {
    const mentor = await register(registration({ birthDate: '1991-03-03' }));
    const result = await app.request(UpdateMentorDocument, { input: { id: mentor.id, version: 1, available: false, maxMentees: 3, contactEmail: null, languages: ['RUSSIAN'] } }, coordinator);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMentor).toMatchObject({ available: false, maxMentees: 3, contactEmail: null, languages: ['RUSSIAN'], version: 2 });
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: mentor.id, action: 'mentor.update' });
    expect(events[0]!.changedFields).toEqual(['available', 'contactEmail', 'languages', 'maxMentees']);

    const stale = await app.request(UpdateMentorDocument, { input: { id: mentor.id, version: 1, available: true } }, coordinator);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await reload(mentor.id)).toMatchObject({ available: false, version: 2 });
  });

  it('lists mentors of the region with filters and Kazakh-aware search', async () => {
    await createMentor(app.orm, { lastName: 'Жақсыбекова', firstName: 'Іңкәр', searchName: normalizeSearchText('Жақсыбекова', 'Іңкәр'), languages: ['UZBEK' as never], available: false });
    const search = await app.request(MentorsDocument, { first: 10, filter: { search: 'ІҢКӘР' } }, coordinator);
    expect(search.data!.mentors.edges.map((e) => e.node.lastName)).toEqual(['Жақсыбекова']);
    const uzbek = await app.request(MentorsDocument, { first: 10, filter: { languages: ['UZBEK'] } }, coordinator);
    expect(uzbek.data!.mentors.edges.map((e) => e.node.lastName)).toEqual(['Жақсыбекова']);
    const available = await app.request(MentorsDocument, { first: 100, filter: { available: true } }, coordinator);
    const nodes = available.data!.mentors.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.available && n.region.code === 'ASTANA')).toBe(true);
  });

  it('counts active mentees and will not lower the limit below them', async () => {
    const mentor = await register(registration({ birthDate: '1988-12-12', maxMentees: 3 }));
    const em = app.orm.em.fork();
    for (const [i, status] of [MentorshipStatus.ACTIVE, MentorshipStatus.ACTIVE, MentorshipStatus.CLOSED].entries()) {
      const child = await createChild(app.orm, { birthDate: `201${i}-02-02` });
      em.create(Mentorship, { mentor: mentor.id, child: child.id, status, startedAt: '2026-01-01' });
    }
    await em.flush();
    const read = await app.request(MentorByIdDocument, { id: mentor.id }, coordinator);
    expect(read.data!.mentor).toMatchObject({ activeMenteeCount: 2 });
    expect(read.data!.mentor.mentorships).toHaveLength(3);
    const lowered = await app.request(UpdateMentorDocument, { input: { id: mentor.id, version: 1, maxMentees: 1 } }, coordinator);
    expect(lowered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxMentees' });
    expect((await reload(mentor.id)).maxMentees).toBe(3);
  });
});

describe('who may see mentors', () => {
  it('keeps a coordinator of another region out: FORBIDDEN by id, absent from lists', async () => {
    const mentor = await register(registration({ birthDate: '1990-07-07', lastName: 'Сарыарқалы' }));
    expect((await app.request(MentorByIdDocument, { id: mentor.id }, almatyCoordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.request(MentorsDocument, { first: 100, filter: { search: 'сарыарқалы' } }, almatyCoordinator);
    expect(list.data!.mentors.totalCount).toBe(0);
    const asked = await app.request(MentorsDocument, { first: 10, filter: { regionCode: 'ASTANA' } }, almatyCoordinator);
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const update = await app.request(UpdateMentorDocument, { input: { id: mentor.id, version: 1, available: false } }, almatyCoordinator);
    expect(update.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await app.request(RegisterMentorDocument, { input: registration({ birthDate: '1990-08-08' }) }, almatyCoordinator);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const everywhere = await app.request(MentorsDocument, { first: 100, filter: { search: 'сарыарқалы' } }, admin);
    expect(everywhere.data!.mentors.totalCount).toBe(1);
  });

  it.each([
    ['a social worker', () => worker],
    ['a family', () => familyToken],
  ])('refuses %s with FORBIDDEN', async (_, token) => {
    const mentor = await createMentor(app.orm);
    expect((await app.request(MentorsDocument, { first: 10 }, token())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(MentorByIdDocument, { id: mentor.id }, token())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(RegisterMentorDocument, { input: registration({ birthDate: '1993-01-01' }) }, token())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const result = await app.request(MentorByIdDocument, { id: '018f0000-0000-7000-8000-000000000000' }, coordinator);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('validation', () => {
  const wrongCheckDigit = (iin: string) => iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
  it.each([
    ['a wrong IIN check digit', (i: RegisterMentorInput) => ({ ...i, iin: wrongCheckDigit(i.iin) }), 'iin'],
    ['an IIN of the other sex', (i: RegisterMentorInput) => ({ ...i, sex: 'FEMALE' as const }), 'iin'],
    ['a 17-year-old', (i: RegisterMentorInput) => ({ ...i, birthDate: '2010-01-01', iin: validIin('2010-01-01', 'MALE' as never) }), 'birthDate'],
    ['a foreign citizen', (i: RegisterMentorInput) => ({ ...i, citizenship: 'FOREIGN' as const }), 'citizenship'],
    ['eleven mentees', (i: RegisterMentorInput) => ({ ...i, maxMentees: 11 }), 'maxMentees'],
    ['no mentees', (i: RegisterMentorInput) => ({ ...i, maxMentees: 0 }), 'maxMentees'],
    ['a certificate dated in the future', (i: RegisterMentorInput) => ({ ...i, trainingCertificateDate: '2099-01-01' }), 'trainingCertificateDate'],
    ['a 10,000-character city', (i: RegisterMentorInput) => ({ ...i, city: 'қ'.repeat(10_000) }), 'city'],
    ['an unknown region', (i: RegisterMentorInput) => ({ ...i, regionCode: 'ATLANTIS' }), 'regionCode'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await countMentors();
    const result = await app.request(RegisterMentorDocument, { input: change(registration()) }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await countMentors()).toBe(before);
  });

  it('refuses an unknown enum value passed in variables', async () => {
    const before = await countMentors();
    const result = await app.request(RegisterMentorDocument, { input: { ...registration(), citizenship: 'ATLANTEAN' as never } }, coordinator);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countMentors()).toBe(before);
  });

  it('refuses a second mentor with the same IIN as CONFLICT', async () => {
    const input = registration({ birthDate: '1994-04-04' });
    await register(input);
    const again = await app.request(RegisterMentorDocument, { input }, coordinator);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses turning a mentor into a foreign citizen on update', async () => {
    const mentor = await register(registration({ birthDate: '1995-05-05' }));
    const result = await app.request(UpdateMentorDocument, { input: { id: mentor.id, version: 1, citizenship: 'FOREIGN' } }, coordinator);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'citizenship' });
    expect(await reload(mentor.id)).toMatchObject({ citizenship: 'KAZAKHSTAN', version: 1 });
  });
});
