import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { hashIin, useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm } from '../src/db/orm.js';
import { resealDatabase } from '../src/db/reseal.js';
import { seedReferenceData } from '../src/db/seed.js';
import { Child } from '../src/modules/children/child.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { sealCheckDetails } from '../src/modules/families/check-detail.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { keyId, sealedKeyId, type EncryptionKeys } from '../src/shared/crypto/cipher.js';
import { Role, Sex } from '../src/shared/enums.js';
import { RegisterChildDocument, SealedApplicantFieldsDocument, SealedChildCaseFileDocument, type RegisterChildInput } from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, TEST_ENCRYPTION, type TestApp } from './support/test-app.js';

type Row = Record<string, unknown>;

/** Every sealed value in the database, with where it sits (check details included). */
async function sealedValues(execute: (sql: string) => Promise<Row[]>): Promise<string[]> {
  const rows = await execute(`
    select iin as value from child union all select health_notes from child union all select case_notes from child
    union all select iin from family_applicant union all select iin from mentor union all select notes from mentorship_meeting
    union all select e->>'detail' from family_applicant, jsonb_array_elements(checks) as e`);
  return rows.map((row) => row.value).filter((value): value is string => value != null);
}

describe('the migration that introduced encryption', () => {
  const baseUrl = inject('databaseUrl');
  const name = `shanyraq_legacy_${process.pid}_${Date.now().toString(36)}`;

  it('seals the rows already in the database, fills in the IIN hashes and keeps IINs unique', async () => {
    useEncryptionKeys(TEST_ENCRYPTION);
    await ensureDatabase(baseUrl, name);
    const orm = await initOrm(withDatabaseName(baseUrl, name), { logger: () => {} });
    try {
      await orm.getMigrator().up({ to: 'Migration20261122233000' });
      await seedReferenceData(orm);
      const execute = (sql: string, params: unknown[] = []) => orm.em.getConnection().execute<Row[]>(sql, params);
      // A database of the release before: everything in clear.
      const ids = { child: '0190b1a0-0000-7000-8000-000000000001', family: '0190b1a0-0000-7000-8000-000000000002', applicant: '0190b1a0-0000-7000-8000-000000000003', mentor: '0190b1a0-0000-7000-8000-000000000004', mentorship: '0190b1a0-0000-7000-8000-000000000005', meeting: '0190b1a0-0000-7000-8000-000000000006' };
      const iins = { child: validIin('2014-02-02', Sex.MALE), applicant: validIin('1980-03-03', Sex.FEMALE), mentor: validIin('1991-04-04', Sex.MALE) };
      await execute(
        `insert into child (id, created_at, updated_at, iin, last_name, first_name, search_name, birth_date, sex, region_code, legal_status, registered_at, health_group, special_needs, health_notes, languages, case_notes)
         values (?, now(), now(), ?, 'Ескі', 'Бала', 'ескі бала', '2014-02-02', 'MALE', 'ASTANA', 'ORPHAN', '2020-01-01', 'II', '{}', 'synthetic legacy health note', '{KAZAKH}', 'synthetic legacy case note')`,
        [ids.child, iins.child],
      );
      await execute(
        `insert into family (id, created_at, updated_at, forms, region_code, settlement, search_name, monthly_income, housing_kind, housing_area_sqm, housing_rooms, preferences_special_needs_accepted, preferences_languages, capacity)
         values (?, now(), now(), '{GUARDIANSHIP}', 'ASTANA', 'Астана', 'ескі', 300000, 'OWNED_APARTMENT', 60, 2, '{}', '{}', 1)`,
        [ids.family],
      );
      await execute(
        `insert into family_applicant (id, created_at, updated_at, family_id, position, iin, last_name, first_name, birth_date, sex, citizenship, marital_status, checks)
         values (?, now(), now(), ?, 1, ?, 'Ескі', 'Ана', '1980-03-03', 'FEMALE', 'KAZAKHSTAN', 'MARRIED', ?::jsonb)`,
        [ids.applicant, ids.family, iins.applicant, JSON.stringify([{ kind: 'CRIMINAL_RECORD', result: 'FLAGGED', checked_at: '2025-01-01', detail: 'synthetic legacy detail' }, { kind: 'MEDICAL', result: 'CLEAR', checked_at: '2025-01-02' }])],
      );
      await execute(
        `insert into mentor (id, created_at, updated_at, iin, last_name, first_name, search_name, birth_date, sex, citizenship, region_code, city, languages, interests)
         values (?, now(), now(), ?, 'Ескі', 'Тәлімгер', 'ескі тәлімгер', '1991-04-04', 'MALE', 'KAZAKHSTAN', 'ASTANA', 'Астана', '{}', '{}')`,
        [ids.mentor, iins.mentor],
      );
      await execute(`insert into mentorship (id, created_at, updated_at, mentor_id, child_id, status) values (?, now(), now(), ?, ?, 'ACTIVE')`, [ids.mentorship, ids.mentor, ids.child]);
      await execute(
        `insert into mentorship_meeting (id, created_at, updated_at, mentorship_id, date, duration_minutes, kind, notes) values (?, now(), now(), ?, '2025-05-05', 45, 'ONLINE', 'synthetic legacy meeting note')`,
        [ids.meeting, ids.mentorship],
      );

      await orm.getMigrator().up();

      const values = await sealedValues((sql) => execute(sql));
      expect(values).toHaveLength(7);
      for (const value of values) expect(sealedKeyId(value)).toBe(keyId(TEST_ENCRYPTION.key));
      const [child] = await execute('select iin_hash from child');
      const [applicant] = await execute('select iin_hash, checks from family_applicant');
      const [mentor] = await execute('select iin_hash from mentor');
      expect([child!.iin_hash, applicant!.iin_hash, mentor!.iin_hash]).toEqual([hashIin(iins.child), hashIin(iins.applicant), hashIin(iins.mentor)]);
      // Matching reads kind, result and date with SQL: they stay as they were.
      expect((applicant!.checks as Row[]).map(({ kind, result, checked_at }) => ({ kind, result, checked_at }))).toEqual([
        { kind: 'CRIMINAL_RECORD', result: 'FLAGGED', checked_at: '2025-01-01' },
        { kind: 'MEDICAL', result: 'CLEAR', checked_at: '2025-01-02' },
      ]);

      // The application reads the migrated rows through its entities, found by the hash.
      const em = orm.em.fork();
      expect(await em.findOneOrFail(Child, { iinHash: hashIin(iins.child) })).toMatchObject({ id: ids.child, iin: iins.child, healthNotes: 'synthetic legacy health note', caseNotes: 'synthetic legacy case note' });
      expect((await em.findOneOrFail(FamilyApplicant, { iinHash: hashIin(iins.applicant) })).iin).toBe(iins.applicant);
      expect((await em.findOneOrFail(Mentor, { iinHash: hashIin(iins.mentor) })).iin).toBe(iins.mentor);
      expect((await em.findOneOrFail(MentorshipMeeting, { id: ids.meeting })).notes).toBe('synthetic legacy meeting note');
      await expect(execute(`insert into child (id, created_at, updated_at, version, iin, last_name, first_name, middle_name, search_name, birth_date, sex, region_code, legal_status, registered_at, health_group, special_needs, health_notes, languages, sibling_group_id, status, exit_reason, exited_at, case_notes, iin_hash) select gen_random_uuid(), created_at, updated_at, version, iin, last_name, first_name, middle_name, search_name, birth_date, sex, region_code, legal_status, registered_at, health_group, special_needs, health_notes, languages, sibling_group_id, status, exit_reason, exited_at, case_notes, iin_hash from child`)).rejects.toThrow(/child_iin_unique/);
      await expect(execute(`update child set iin_hash = null`)).rejects.toThrow(/not-null|null value/);
    } finally {
      await orm.close();
      await dropDatabase(baseUrl, name);
    }
  });
});

describe('key rotation (npm run keys:rotate)', () => {
  let app: TestApp;
  let worker: string;
  let childInput: RegisterChildInput;
  let childId: string;
  let familyId: string;
  const execute = (sql: string) => app.orm.em.getConnection().execute<Row[]>(sql);
  let keys: EncryptionKeys = TEST_ENCRYPTION;
  const readChild = async () => (await app.request(SealedChildCaseFileDocument, { id: childId }, worker)).data?.child;

  beforeAll(async () => {
    app = await startTestApp();
    await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    worker = await app.login('worker@test.kz');
    childInput = {
      iin: validIin('2013-08-08', Sex.FEMALE), lastName: 'Айналмалы', firstName: 'Кілт', birthDate: '2013-08-08', sex: 'FEMALE', regionCode: 'ASTANA',
      legalStatus: 'ORPHAN', registeredAt: '2021-01-01', healthGroup: 'I', specialNeeds: [], languages: ['KAZAKH'],
      healthNotes: 'synthetic rotated health note', caseNotes: 'synthetic rotated case note',
    };
    const registered = await app.request(RegisterChildDocument, { input: childInput }, worker);
    childId = registered.data!.registerChild.id;
    for (let i = 0; i < 4; i++) await createChild(app.orm, { healthNotes: `synthetic note ${i}` });
    const family = await createFamily(app.orm);
    familyId = family.id;
    const em = app.orm.em.fork();
    const applicant = await em.findOneOrFail(FamilyApplicant, { family: family.id });
    applicant.checks = sealCheckDetails(applicant.checks.map((check, index) => (index === 0 ? { ...check, detail: 'synthetic rotated detail' } : check)));
    const mentor = await createMentor(app.orm);
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: childId, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10' });
    em.create(MentorshipMeeting, { mentorship, date: '2026-02-01', durationMinutes: 30, kind: MeetingKind.PHONE, notes: 'synthetic rotated meeting note' });
    await em.flush();
  });

  afterAll(() => app?.close());

  it('re-seals every value with the new key in batches, keeps every value readable, and a second run changes nothing', async () => {
    const rotated: EncryptionKeys = { key: randomBytes(32), previousKeys: [TEST_ENCRYPTION.key], hashKey: TEST_ENCRYPTION.hashKey };
    // The app restarts with the new key and the old one kept for decryption: old values still read.
    useEncryptionKeys(rotated);
    expect(await readChild()).toMatchObject({ iin: childInput.iin, healthNotes: childInput.healthNotes });
    const before = await sealedValues(execute);
    expect(before.every((value) => sealedKeyId(value) === keyId(TEST_ENCRYPTION.key))).toBe(true);

    const counts = await resealDatabase(app.orm, 2);
    expect(Object.fromEntries(counts.map(({ table, rows, updated }) => [table, [updated, rows]]))).toEqual({
      child: [5, 5], family_applicant: [1, 1], mentor: [1, 1], mentorship_meeting: [1, 1],
    });
    const after = await sealedValues(execute);
    expect(after).toHaveLength(before.length);
    expect(after.every((value) => sealedKeyId(value) === keyId(rotated.key))).toBe(true);
    expect((await resealDatabase(app.orm)).every(({ updated }) => updated === 0)).toBe(true);

    // Once the rotation is done the old key can go.
    keys = { ...rotated, previousKeys: [] };
    useEncryptionKeys(keys);
    expect(await readChild()).toEqual({ id: childId, iin: childInput.iin, healthNotes: childInput.healthNotes, caseNotes: childInput.caseNotes });
    const family = await app.request(SealedApplicantFieldsDocument, { id: familyId }, worker);
    expect(family.data!.family.applicants[0]!.checks![0]!.detail).toBe('synthetic rotated detail');
    expect((await app.orm.em.fork().findOneOrFail(MentorshipMeeting, { mentorship: { child: childId } })).notes).toBe('synthetic rotated meeting note');
    const duplicate = await app.request(RegisterChildDocument, { input: childInput }, worker);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('recomputes the IIN hashes when the hash key changes, so lookups and uniqueness keep working', async () => {
    const oldHash = hashIin(childInput.iin);
    keys = { ...keys, hashKey: randomBytes(32) };
    useEncryptionKeys(keys);
    // Until the rotation has run, stored hashes are stale and lookups miss: why the README asks to stop writes meanwhile.
    expect(await app.orm.em.fork().count(Child, { iinHash: hashIin(childInput.iin) })).toBe(0);

    const counts = await resealDatabase(app.orm);
    expect(Object.fromEntries(counts.map(({ table, updated }) => [table, updated]))).toEqual({ child: 5, family_applicant: 1, mentor: 1, mentorship_meeting: 0 });
    const [row] = await execute(`select iin_hash from child where id = '${childId}'`);
    expect(row!.iin_hash).toBe(hashIin(childInput.iin));
    expect(row!.iin_hash).not.toBe(oldHash);
    const duplicate = await app.request(RegisterChildDocument, { input: childInput }, worker);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses a value that is not encrypted instead of sealing it blindly, and does not quote it', async () => {
    await execute(`update mentorship_meeting set notes = 'synthetic plain note'`);
    const failure = await resealDatabase(app.orm).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/mentorship_meeting\.notes holds a value that is not encrypted/);
    expect(failure?.message).not.toContain('synthetic plain note');
  });
});
