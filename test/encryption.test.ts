import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashIin } from '../src/db/encryption.js';
import { HealthGroup, LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { BackgroundCheckKind } from '../src/modules/families/family.enums.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { CheckResult, PlacementForm, Role, Sex } from '../src/shared/enums.js';
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
import { clearChecks, createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { uniqueName } from './support/world.js';

let app: TestApp;
let worker: string;
let coordinator: string;
let admin: string;

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
    // Names of their own: registrations alike in name and birth date are held as possible duplicates.
    lastName: uniqueName('Жұмабаева'),
    firstName: uniqueName('Аружан'),
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
        lastName: uniqueName('Омарова'),
        firstName: uniqueName('Гүлнар'),
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
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  [worker, coordinator, admin] = await Promise.all([app.login('worker@test.kz'), app.login('coordinator@test.kz'), app.login('admin@test.kz')]);
});

afterAll(() => app?.close());

describe("a child's case file at rest", () => {
  it('is stored sealed, with a keyed hash that is not the IIN, and read back in clear by a social worker', async () => {
    const input = childRegistration({ specialNeeds: ['HEARING_IMPAIRMENT'] });
    const registered = await app.request(RegisterChildDocument, { input }, worker);
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerChild.id;

    const row = await rawRow('child', id);
    expectSealed(row.iin, input.iin);
    expectSealed(row.health_notes, input.healthNotes!);
    expectSealed(row.case_notes, input.caseNotes!);
    expectSealed(row.legal_status, input.legalStatus);
    expectSealed(row.health_group, input.healthGroup);
    expectSealed(row.special_needs, input.specialNeeds![0]!);
    expect(row.iin_hash).toBe(hashIin(input.iin));
    expect(row.iin_hash).not.toContain(input.iin);
    // Nothing else in the row repeats the IIN (no stray copy in another column).
    expect(JSON.stringify(row)).not.toContain(input.iin);

    const read = await app.request(SealedChildCaseFileDocument, { id }, worker);
    expect(read.errors).toBeUndefined();
    expect(read.data!.child).toEqual({ id, iin: input.iin, healthNotes: input.healthNotes, caseNotes: input.caseNotes });
    const categories = await app.request<{ child: Record<string, unknown> }>('query ($id: ID!) { child(id: $id) { legalStatus healthGroup specialNeeds } }', { id }, worker);
    expect(categories.data!.child).toEqual({ legalStatus: input.legalStatus, healthGroup: input.healthGroup, specialNeeds: input.specialNeeds });
  });

  it('seals every value of a category to the same length, so the ciphertext does not tell which', async () => {
    const variants = [
      { legalStatus: LegalStatus.ORPHAN, healthGroup: HealthGroup.I, specialNeeds: [] },
      { legalStatus: LegalStatus.PARENTS_DEPRIVED_OF_RIGHTS, healthGroup: HealthGroup.III, specialNeeds: [SpecialNeed.HIV] },
      { legalStatus: LegalStatus.ABANDONED, healthGroup: HealthGroup.IV, specialNeeds: Object.values(SpecialNeed) },
    ];
    const rows = [];
    for (const variant of variants) rows.push(await rawRow('child', (await createChild(app.orm, variant)).id));
    for (const column of ['legal_status', 'health_group', 'special_needs']) {
      expect(new Set(rows.map((row) => (row[column] as string).length)).size, column).toBe(1);
    }
    expect(rows[2]!.special_needs).not.toContain('HIV');
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
    await expect(app.orm.em.fork().count(Child, { legalStatus: LegalStatus.ORPHAN })).rejects.toThrow(/encrypted/);
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
  it('seal the IIN and the whole list of checks (kinds, results, details), which assessors read in clear', async () => {
    const input = familyRegistration();
    const registered = await app.request(RegisterFamilyDocument, { input }, worker);
    expect(registered.errors).toBeUndefined();
    const familyId = registered.data!.registerFamily.id;
    const applicant = await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: familyId });
    const iin = input.applicants[0]!.iin!;
    const checks = input.applicants[0]!.checks!;

    const row = await rawRow('family_applicant', applicant.id);
    expectSealed(row.iin, iin);
    expect(row.iin_hash).toBe(hashIin(iin));
    for (const plain of ['CRIMINAL_RECORD', 'MEDICAL', 'CLEAR', '2026-01-15', checks[0]!.detail!]) expectSealed(row.checks, plain);

    const read = await app.request(SealedApplicantFieldsDocument, { id: familyId }, worker);
    expect(read.errors).toBeUndefined();
    expect(read.data!.family.applicants[0]).toEqual({
      iin,
      checks: [
        { kind: 'CRIMINAL_RECORD', result: 'CLEAR', detail: checks[0]!.detail },
        { kind: 'MEDICAL', result: 'CLEAR', detail: null },
      ],
    });

    // Recorded later, a check joins the list, which is sealed afresh.
    const recorded = await app.request(
      RecordApplicantChecksDocument,
      { input: { familyId, applicantId: applicant.id, version: 1, checks: [{ kind: 'NARCOLOGICAL_REGISTER', result: 'CLEAR', checkedAt: '2026-02-01', detail: 'synthetic later detail' }] } },
      worker,
    );
    expect(recorded.errors).toBeUndefined();
    const later = (await rawRow('family_applicant', applicant.id)).checks;
    for (const plain of ['NARCOLOGICAL_REGISTER', 'synthetic later detail']) expectSealed(later, plain);
    expect(later).not.toBe(row.checks);
    const reread = await app.request(SealedApplicantFieldsDocument, { id: familyId }, worker);
    expect(reread.data!.family.applicants[0]!.checks).toContainEqual({ kind: 'NARCOLOGICAL_REGISTER', result: 'CLEAR', detail: 'synthetic later detail' });
  });

  it('seal a flagged list to the length of a clear one', async () => {
    const lengths = [];
    for (const result of [CheckResult.CLEAR, CheckResult.FLAGGED]) {
      const family = await createFamily(app.orm);
      const em = app.orm.em.fork();
      const applicant = await em.findOneOrFail(FamilyApplicant, { family: family.id });
      applicant.checks = clearChecks().map((check) => (check.kind === BackgroundCheckKind.CRIMINAL_RECORD ? { ...check, result } : check));
      await em.flush();
      lengths.push(((await rawRow('family_applicant', applicant.id)).checks as string).length);
    }
    expect(lengths[0]).toBe(lengths[1]);
  });

  it('find an applicant already registered by the hash of the IIN: CONFLICT', async () => {
    const input = familyRegistration();
    expect((await app.request(RegisterFamilyDocument, { input }, worker)).errors).toBeUndefined();
    const again = await app.request(RegisterFamilyDocument, { input: { ...familyRegistration(), applicants: input.applicants, confirmNotDuplicate: true } }, worker);
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

describe('addresses, notes, decisions and evaluations at rest', () => {
  it('are sealed in every column that holds them, and read back as they were written', async () => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm, { address: 'synthetic address: Абай көшесі 1, пәтер 2', availabilityNote: 'synthetic availability: not in July' });
    const mentor = await createMentor(app.orm, { backgroundCheckResult: CheckResult.FLAGGED, interests: ['synthetic interest: шахмат'] });
    const em = app.orm.em.fork();
    const group = em.create(SiblingGroup, { note: 'synthetic sibling note: twins' });
    const evaluation = { policyVersion: 1, asOf: '2026-03-01', eligible: true, score: 71.5, rules: [], overrides: [{ code: 'A-AGE', reason: 'synthetic override reason', courtDecisionReference: '2-777/2026' }] };
    const placement = em.create(Placement, {
      child: child.id, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.APPROVED,
      decisionReference: '2-5555/2026', foreignPlacementConclusion: 'synthetic conclusion 17', evaluation,
    });
    const transition = em.create(PlacementTransition, { placement, to: PlacementStatus.PROPOSED, note: 'synthetic step note: met the family' });
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: child.id, status: MentorshipStatus.PROPOSED, note: 'synthetic mentorship note' });
    await em.flush();

    const sealed: [string, string, string, string][] = [
      ['family', family.id, 'address', 'Абай'],
      ['family', family.id, 'availability_note', 'July'],
      ['mentor', mentor.id, 'background_check_result', 'FLAGGED'],
      ['mentor', mentor.id, 'interests', 'шахмат'],
      ['sibling_group', group.id, 'note', 'twins'],
      ['placement', placement.id, 'decision_reference', '5555'],
      ['placement', placement.id, 'foreign_placement_conclusion', 'conclusion'],
      ['placement', placement.id, 'evaluation', 'override reason'],
      ['placement_transition', transition.id, 'note', 'met the family'],
      ['mentorship', mentorship.id, 'note', 'mentorship note'],
    ];
    for (const [table, id, column, plain] of sealed) expectSealed((await rawRow(table, id))[column], plain);

    const fresh = app.orm.em.fork();
    expect(await fresh.findOneOrFail(Family, family.id)).toMatchObject({ address: 'synthetic address: Абай көшесі 1, пәтер 2', availabilityNote: 'synthetic availability: not in July' });
    expect(await fresh.findOneOrFail(Mentor, mentor.id)).toMatchObject({ backgroundCheckResult: CheckResult.FLAGGED, interests: ['synthetic interest: шахмат'] });
    expect((await fresh.findOneOrFail(SiblingGroup, group.id)).note).toBe('synthetic sibling note: twins');
    expect(await fresh.findOneOrFail(Placement, placement.id)).toMatchObject({ decisionReference: '2-5555/2026', foreignPlacementConclusion: 'synthetic conclusion 17', evaluation });
    expect((await fresh.findOneOrFail(PlacementTransition, transition.id)).note).toBe('synthetic step note: met the family');
    expect((await fresh.findOneOrFail(Mentorship, mentorship.id)).note).toBe('synthetic mentorship note');
  });
});

describe('filtering children by sealed categories', () => {
  const region = 'ULYTAU';
  type Page = { children: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  const query = 'query ($first: Int, $after: String, $filter: ChildFilter) { children(first: $first, after: $after, filter: $filter) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }';
  const list = async (filter: Record<string, unknown>, token = admin, first = 20, after?: string) => app.request<Page>(query, { first, after, filter: { regionCode: region, ...filter } }, token);
  const ids = (page: Awaited<ReturnType<typeof list>>) => page.data!.children.edges.map((edge) => edge.node.id);
  let children: Child[];

  beforeAll(async () => {
    children = [];
    for (const [legalStatus, specialNeeds, sex] of [
      [LegalStatus.ORPHAN, [], Sex.FEMALE],
      [LegalStatus.ORPHAN, [SpecialNeed.HIV], Sex.MALE],
      [LegalStatus.ABANDONED, [SpecialNeed.AUTISM_SPECTRUM, SpecialNeed.BEHAVIOURAL], Sex.FEMALE],
      [LegalStatus.PARENTS_MISSING, [SpecialNeed.HIV], Sex.FEMALE],
      [LegalStatus.ORPHAN, [SpecialNeed.BEHAVIOURAL], Sex.FEMALE],
    ] as const) {
      children.push(await createChild(app.orm, { regionCode: region, legalStatus, specialNeeds: [...specialNeeds], sex }));
    }
    // Another region's orphan, outside every answer below.
    await createChild(app.orm, { regionCode: 'ASTANA', legalStatus: LegalStatus.ORPHAN });
  });

  const pick = (...indexes: number[]) => indexes.map((index) => children[index]!.id).sort();

  it.each([
    ['a legal status', { legalStatus: ['ORPHAN'] }, [0, 1, 4]],
    ['two legal statuses', { legalStatus: ['ABANDONED', 'PARENTS_MISSING'] }, [2, 3]],
    ['having special needs', { hasSpecialNeeds: true }, [1, 2, 3, 4]],
    ['having none', { hasSpecialNeeds: false }, [0]],
    ['any of some needs', { specialNeeds: ['HIV', 'AUTISM_SPECTRUM'] }, [1, 2, 3]],
    ['a legal status, a need and a sex together', { legalStatus: ['ORPHAN'], specialNeeds: ['BEHAVIOURAL', 'HIV'], sex: 'FEMALE' }, [4]],
  ])('finds the children of the region with %s, counted exactly', async (_, filter, expected) => {
    const page = await list(filter);
    expect(page.errors).toBeUndefined();
    expect(ids(page).sort()).toEqual(pick(...expected));
    expect(page.data!.children.totalCount).toBe(expected.length);
  });

  it('pages through the matching children with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await list({ legalStatus: ['ORPHAN'] }, admin, 2, after);
      expect(page.data!.children.totalCount).toBe(3);
      seen.push(...ids(page));
      if (!page.data!.children.pageInfo.hasNextPage) break;
      after = page.data!.children.pageInfo.endCursor!;
    }
    expect(seen).toEqual(pick(0, 1, 4));
  });

  it('is refused to those who may not read the case file, who would otherwise learn it', async () => {
    await createUser(app.orm, { email: 'coordinator-ulytau@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: region });
    const token = await app.login('coordinator-ulytau@test.kz');
    for (const filter of [{ legalStatus: ['ORPHAN'] }, { hasSpecialNeeds: true }, { specialNeeds: ['HIV'] }]) {
      const page = await list(filter, token);
      expect(page.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await list({}, token)).data!.children.totalCount).toBe(5);
  });
});
