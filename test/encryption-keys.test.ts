import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { dropDatabase, ensureDatabase, withDatabaseName } from '../src/db/databases.js';
import { hashIin, hashPassport, useEncryptionKeys } from '../src/db/encryption.js';
import { initOrm } from '../src/db/orm.js';
import { resealDatabase, sealedTables, type SealedTable } from '../src/db/reseal.js';
import { RegionSeeder } from '../seeds/region.seeder.js';
import { HealthGroup, LegalStatus, SpecialNeed } from '../src/modules/children/child.enums.js';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { MaritalStatus } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { MeetingKind, MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { keyId, sealedKeyId, type EncryptionKeys } from '../src/shared/crypto/cipher.js';
import { CheckResult, Citizenship, PlacementForm, Role, Sex } from '../src/shared/enums.js';
import { RegisterChildDocument, SealedApplicantFieldsDocument, SealedChildCaseFileDocument, type RegisterChildInput } from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { startTestApp, TEST_ENCRYPTION, type TestApp } from './support/test-app.js';

type Row = Record<string, unknown>;

/** Every encrypted column, as the entities declare them: what a rotation must cover. */
const ENCRYPTED_COLUMNS: SealedTable[] = [
  { table: 'audit_reason', columns: ['reason'], iinHash: false },
  { table: 'case_transfer', columns: ['note', 'decline_reason'], iinHash: false },
  { table: 'child', columns: ['iin', 'legal_status', 'data_bank_number', 'health_group', 'special_needs', 'health_notes', 'case_notes'], iinHash: true },
  { table: 'document', columns: ['file_name', 'data_key'], iinHash: false },
  { table: 'family', columns: ['household_members', 'address', 'availability_note'], iinHash: false },
  { table: 'family_applicant', columns: ['iin', 'passport_number', 'checks'], iinHash: true },
  { table: 'family_change_request', columns: ['fields'], iinHash: false },
  { table: 'mentor', columns: ['iin', 'background_check_result', 'interests'], iinHash: true },
  { table: 'mentorship', columns: ['note'], iinHash: false },
  { table: 'mentorship_meeting', columns: ['notes'], iinHash: false },
  { table: 'notification_outbox', columns: ['payload'], iinHash: false },
  { table: 'placement', columns: ['decision_reference', 'extension_decision_reference', 'foreign_placement_conclusion', 'evaluation'], iinHash: false },
  { table: 'placement_transition', columns: ['note'], iinHash: false },
  { table: 'record_change', columns: ['changes'], iinHash: false },
  { table: 'sibling_group', columns: ['note'], iinHash: false },
];

/** Every value of the given encrypted columns in the database. */
async function sealedValues(execute: (sql: string) => Promise<Row[]>, tables: readonly SealedTable[] = ENCRYPTED_COLUMNS): Promise<string[]> {
  const selects = tables.flatMap(({ table, columns }) => columns.map((column) => `select "${column}"::text as value from "${table}"`));
  const rows = await execute(selects.join(' union all '));
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
      // The regions of that release; districts came later.
      await orm.em.fork().transactional((em) => new RegionSeeder().run(em));
      const execute = (sql: string, params: unknown[] = []) => orm.em.getConnection().execute<Row[]>(sql, params);
      // A database of the release before: everything in clear.
      const ids = { child: '0190b1a0-0000-7000-8000-000000000001', family: '0190b1a0-0000-7000-8000-000000000002', applicant: '0190b1a0-0000-7000-8000-000000000003', mentor: '0190b1a0-0000-7000-8000-000000000004', mentorship: '0190b1a0-0000-7000-8000-000000000005', meeting: '0190b1a0-0000-7000-8000-000000000006', placement: '0190b1a0-0000-7000-8000-000000000007', transition: '0190b1a0-0000-7000-8000-000000000008', group: '0190b1a0-0000-7000-8000-000000000009' };
      const iins = { child: validIin('2014-02-02', Sex.MALE), applicant: validIin('1980-03-03', Sex.FEMALE), mentor: validIin('1991-04-04', Sex.MALE) };
      await execute(`insert into sibling_group (id, created_at, updated_at, note) values (?, now(), now(), 'synthetic legacy sibling note')`, [ids.group]);
      await execute(
        `insert into child (id, created_at, updated_at, iin, last_name, first_name, search_name, birth_date, sex, region_code, legal_status, registered_at, health_group, special_needs, health_notes, languages, case_notes, sibling_group_id)
         values (?, now(), now(), ?, 'Ескі', 'Бала', 'ескі бала', '2014-02-02', 'MALE', 'ASTANA', 'ORPHAN', '2020-01-01', 'II', '{HIV,BEHAVIOURAL}', 'synthetic legacy health note', '{KAZAKH}', 'synthetic legacy case note', ?)`,
        [ids.child, iins.child, ids.group],
      );
      await execute(
        `insert into family (id, created_at, updated_at, forms, region_code, settlement, search_name, monthly_income, housing_kind, housing_area_sqm, housing_rooms, preferences_special_needs_accepted, preferences_languages, capacity, address, availability_note)
         values (?, now(), now(), '{GUARDIANSHIP}', 'ASTANA', 'Астана', 'ескі', 300000, 'OWNED_APARTMENT', 60, 2, '{}', '{}', 1, 'synthetic legacy address', 'synthetic legacy availability')`,
        [ids.family],
      );
      await execute(
        `insert into placement (id, created_at, updated_at, child_id, family_id, form, status, decision_kind, decision_reference, decision_date, foreign_placement_conclusion, evaluation, child_consents)
         values (?, now(), now(), ?, ?, 'GUARDIANSHIP', 'APPROVED', 'GUARDIANSHIP_AUTHORITY_ACT', '2-100/2025', '2025-02-01', 'synthetic legacy conclusion', ?::jsonb, '[]')`,
        [ids.placement, ids.child, ids.family, JSON.stringify({ policyVersion: 1, asOf: '2025-01-15', eligible: true, score: 50, rules: [], overrides: [{ code: 'A-AGE', reason: 'synthetic legacy reason' }] })],
      );
      await execute(`insert into placement_transition (id, created_at, updated_at, placement_id, at, "to", note) values (?, now(), now(), ?, now(), 'PROPOSED', 'synthetic legacy step note')`, [ids.transition, ids.placement]);
      await execute(
        `insert into family_applicant (id, created_at, updated_at, family_id, position, iin, last_name, first_name, birth_date, sex, citizenship, marital_status, checks)
         values (?, now(), now(), ?, 1, ?, 'Ескі', 'Ана', '1980-03-03', 'FEMALE', 'KAZAKHSTAN', 'MARRIED', ?::jsonb)`,
        [ids.applicant, ids.family, iins.applicant, JSON.stringify([{ kind: 'CRIMINAL_RECORD', result: 'FLAGGED', checked_at: '2025-01-01', detail: 'synthetic legacy detail' }, { kind: 'MEDICAL', result: 'CLEAR', checked_at: '2025-01-02' }])],
      );
      await execute(
        `insert into mentor (id, created_at, updated_at, iin, last_name, first_name, search_name, birth_date, sex, citizenship, region_code, city, languages, interests)
         values (?, now(), now(), ?, 'Ескі', 'Тәлімгер', 'ескі тәлімгер', '1991-04-04', 'MALE', 'KAZAKHSTAN', 'ASTANA', 'Астана', '{}', '{synthetic legacy interest}')`,
        [ids.mentor, iins.mentor],
      );
      await execute(`insert into mentorship (id, created_at, updated_at, mentor_id, child_id, status, note) values (?, now(), now(), ?, ?, 'ACTIVE', 'synthetic legacy mentorship note')`, [ids.mentorship, ids.mentor, ids.child]);
      await execute(
        `insert into mentorship_meeting (id, created_at, updated_at, mentorship_id, date, duration_minutes, kind, notes) values (?, now(), now(), ?, '2025-05-05', 45, 'ONLINE', 'synthetic legacy meeting note')`,
        [ids.meeting, ids.mentorship],
      );

      await orm.getMigrator().up({ to: 'Migration20261123000000' });

      const firstColumns: SealedTable[] = [
        { table: 'child', columns: ['iin', 'health_notes', 'case_notes'] },
        { table: 'family_applicant', columns: ['iin'] },
        { table: 'mentor', columns: ['iin'] },
        { table: 'mentorship_meeting', columns: ['notes'] },
      ];
      const details = await execute(`select e->>'detail' as value from family_applicant, jsonb_array_elements(checks) as e where e->>'detail' is not null`);
      const values = [...(await sealedValues((sql) => execute(sql), firstColumns)), ...details.map((row) => row.value as string)];
      expect(values).toHaveLength(7);
      for (const value of values) expect(sealedKeyId(value)).toBe(keyId(TEST_ENCRYPTION.key));
      const [child] = await execute('select iin_hash from child');
      const [applicant] = await execute('select iin_hash, checks from family_applicant');
      const [mentor] = await execute('select iin_hash from mentor');
      expect([child!.iin_hash, applicant!.iin_hash, mentor!.iin_hash]).toEqual([hashIin(iins.child), hashIin(iins.applicant), hashIin(iins.mentor)]);
      // Kind, result and date stay as they were until Migration20261203000300 seals the whole list.
      expect((applicant!.checks as Row[]).map(({ kind, result, checked_at }) => ({ kind, result, checked_at }))).toEqual([
        { kind: 'CRIMINAL_RECORD', result: 'FLAGGED', checked_at: '2025-01-01' },
        { kind: 'MEDICAL', result: 'CLEAR', checked_at: '2025-01-02' },
      ]);

      await orm.getMigrator().up();
      // Every encrypted column of the entities now holds only values sealed with the key, legacy check details opened and sealed inside their list.
      const all = await sealedValues((sql) => execute(sql));
      expect(all).toHaveLength(20);
      for (const value of all) expect(sealedKeyId(value)).toBe(keyId(TEST_ENCRYPTION.key));
      const raw = JSON.stringify(await execute('select c.*, a.checks, m.background_check_result, m.interests from child c, family_applicant a, mentor m'));
      for (const plain of ['ORPHAN', 'CRIMINAL_RECORD', 'FLAGGED', 'synthetic legacy detail', 'synthetic legacy interest']) expect(raw).not.toContain(plain);

      // The application reads the migrated rows through its entities, found by the hash.
      const em = orm.em.fork();
      expect(await em.findOneOrFail(Child, { iinHash: hashIin(iins.child) })).toMatchObject({
        id: ids.child, iin: iins.child, healthNotes: 'synthetic legacy health note', caseNotes: 'synthetic legacy case note',
        legalStatus: 'ORPHAN', healthGroup: 'II', specialNeeds: ['HIV', 'BEHAVIOURAL'],
      });
      expect(await em.findOneOrFail(FamilyApplicant, { iinHash: hashIin(iins.applicant) })).toMatchObject({
        iin: iins.applicant,
        checks: [
          { kind: 'CRIMINAL_RECORD', result: 'FLAGGED', checkedAt: '2025-01-01', detail: 'synthetic legacy detail' },
          { kind: 'MEDICAL', result: 'CLEAR', checkedAt: '2025-01-02' },
        ],
      });
      expect(await em.findOneOrFail(Mentor, { iinHash: hashIin(iins.mentor) })).toMatchObject({ iin: iins.mentor, backgroundCheckResult: 'PENDING', interests: ['synthetic legacy interest'] });
      expect(await em.findOneOrFail(Family, ids.family)).toMatchObject({ address: 'synthetic legacy address', availabilityNote: 'synthetic legacy availability' });
      expect(await em.findOneOrFail(Placement, ids.placement)).toMatchObject({ decisionReference: '2-100/2025', evaluation: { policyVersion: 1, overrides: [{ code: 'A-AGE', reason: 'synthetic legacy reason' }] } });
      expect((await em.findOneOrFail(PlacementTransition, ids.transition)).note).toBe('synthetic legacy step note');
      expect((await em.findOneOrFail(SiblingGroup, ids.group)).note).toBe('synthetic legacy sibling note');
      expect((await em.findOneOrFail(Mentorship, ids.mentorship)).note).toBe('synthetic legacy mentorship note');
      // The migration pads as the entities do: a migrated value seals to the length the application writes.
      const written = await createChild(orm, { legalStatus: LegalStatus.ABANDONED, healthGroup: HealthGroup.V, specialNeeds: [SpecialNeed.HIV] });
      const [migratedRow, writtenRow] = await Promise.all([ids.child, written.id].map(async (id) => (await execute(`select legal_status, health_group, special_needs from child where id = '${id}'`))[0]!));
      for (const column of ['legal_status', 'health_group', 'special_needs']) expect((migratedRow![column] as string).length, column).toBe((writtenRow![column] as string).length);
      expect((await em.findOneOrFail(MentorshipMeeting, { id: ids.meeting })).notes).toBe('synthetic legacy meeting note');
      await expect(execute(`insert into child (id, created_at, updated_at, version, iin, last_name, first_name, middle_name, search_name, birth_date, sex, region_code, legal_status, registered_at, identified_at, health_group, special_needs, health_notes, languages, sibling_group_id, status, exit_reason, exited_at, case_notes, iin_hash) select gen_random_uuid(), created_at, updated_at, version, iin, last_name, first_name, middle_name, search_name, birth_date, sex, region_code, legal_status, registered_at, identified_at, health_group, special_needs, health_notes, languages, sibling_group_id, status, exit_reason, exited_at, case_notes, iin_hash from child`)).rejects.toThrow(/child_iin_unique/);
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
    const family = await createFamily(app.orm, { address: 'synthetic rotated address' });
    familyId = family.id;
    const em = app.orm.em.fork();
    const applicant = await em.findOneOrFail(FamilyApplicant, { family: family.id });
    applicant.checks = applicant.checks.map((check, index) => (index === 0 ? { ...check, detail: 'synthetic rotated detail' } : check));
    const mentor = await createMentor(app.orm, { backgroundCheckResult: CheckResult.CLEAR });
    const mentorship = em.create(Mentorship, { mentor: mentor.id, child: childId, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10', note: 'synthetic rotated mentorship note' });
    em.create(MentorshipMeeting, { mentorship, date: '2026-02-01', durationMinutes: 30, kind: MeetingKind.PHONE, notes: 'synthetic rotated meeting note' });
    const placement = em.create(Placement, { child: childId, family: family.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.PROPOSED, decisionReference: '2-999/2026' });
    em.create(PlacementTransition, { placement, to: PlacementStatus.PROPOSED, note: 'synthetic rotated step note' });
    em.create(SiblingGroup, { note: 'synthetic rotated sibling note' });
    await em.flush();
  });

  afterAll(() => app?.close());

  it('covers every encrypted column the entities declare', () => {
    expect(sealedTables(app.orm)).toEqual(ENCRYPTED_COLUMNS);
  });

  it('re-seals every value with the new key in batches, keeps every value readable, and a second run changes nothing', async () => {
    const rotated: EncryptionKeys = { key: randomBytes(32), previousKeys: [TEST_ENCRYPTION.key], hashKey: TEST_ENCRYPTION.hashKey };
    // The app restarts with the new key and the old one kept for decryption: old values still read.
    useEncryptionKeys(rotated);
    expect(await readChild()).toMatchObject({ iin: childInput.iin, healthNotes: childInput.healthNotes });
    const before = await sealedValues(execute);
    expect(before.every((value) => sealedKeyId(value) === keyId(TEST_ENCRYPTION.key))).toBe(true);

    const counts = await resealDatabase(app.orm, 2);
    expect(Object.fromEntries(counts.map(({ table, rows, updated }) => [table, [updated, rows]]))).toEqual({
      audit_reason: [0, 0], case_transfer: [0, 0], child: [5, 5], document: [0, 0], family: [1, 1], family_applicant: [1, 1], family_change_request: [0, 0], mentor: [1, 1], mentorship: [1, 1], mentorship_meeting: [1, 1],
      // The applicant's checks were changed above: their history is re-sealed with the rest.
      notification_outbox: [0, 0], placement: [1, 1], placement_transition: [1, 1], record_change: [1, 1], sibling_group: [1, 1],
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
    const fresh = app.orm.em.fork();
    expect((await fresh.findOneOrFail(MentorshipMeeting, { mentorship: { child: childId } })).notes).toBe('synthetic rotated meeting note');
    expect((await fresh.findOneOrFail(Mentorship, { child: childId })).note).toBe('synthetic rotated mentorship note');
    expect((await fresh.findOneOrFail(Family, familyId)).address).toBe('synthetic rotated address');
    expect((await fresh.findOneOrFail(Placement, { child: childId })).decisionReference).toBe('2-999/2026');
    expect((await fresh.findOneOrFail(PlacementTransition, { placement: { child: childId } })).note).toBe('synthetic rotated step note');
    // Confirmed not a possible duplicate of the child it can see, so what answers is the IIN.
    const duplicate = await app.request(RegisterChildDocument, { input: { ...childInput, confirmNotDuplicate: true } }, worker);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('recomputes the IIN hashes when the hash key changes, so lookups and uniqueness keep working', async () => {
    const oldHash = hashIin(childInput.iin);
    keys = { ...keys, hashKey: randomBytes(32) };
    useEncryptionKeys(keys);
    // Until the rotation has run, stored hashes are stale and lookups miss: why the README asks to stop writes meanwhile.
    expect(await app.orm.em.fork().count(Child, { iinHash: hashIin(childInput.iin) })).toBe(0);

    const counts = await resealDatabase(app.orm);
    expect(Object.fromEntries(counts.map(({ table, updated }) => [table, updated]))).toEqual({
      audit_reason: 0, case_transfer: 0, child: 5, document: 0, family: 0, family_applicant: 1, family_change_request: 0, mentor: 1, mentorship: 0, mentorship_meeting: 0, notification_outbox: 0, placement: 0, placement_transition: 0, record_change: 0, sibling_group: 0,
    });
    const [row] = await execute(`select iin_hash from child where id = '${childId}'`);
    expect(row!.iin_hash).toBe(hashIin(childInput.iin));
    expect(row!.iin_hash).not.toBe(oldHash);
    // Confirmed not a possible duplicate of the child it can see, so what answers is the IIN.
    const duplicate = await app.request(RegisterChildDocument, { input: { ...childInput, confirmNotDuplicate: true } }, worker);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('recomputes a foreign applicant’s passport hash with the IIN hashes', async () => {
    const [family] = await execute(`select id from family limit 1`);
    const em = app.orm.em.fork();
    em.create(FamilyApplicant, {
      family: family!.id as string, position: 2, passportNumber: 'P7654321', passportCountry: 'TR', lastName: 'Yılmaz', firstName: 'Ayşe',
      birthDate: '1984-04-04', sex: Sex.FEMALE, citizenship: Citizenship.FOREIGN, maritalStatus: MaritalStatus.MARRIED,
    });
    await em.flush();
    keys = { ...keys, hashKey: randomBytes(32) };
    useEncryptionKeys(keys);
    await resealDatabase(app.orm);
    const [row] = await execute(`select passport_hash from family_applicant where passport_country = 'TR'`);
    expect(row!.passport_hash).toBe(hashPassport('TR', 'P7654321'));
  });

  it('refuses a value that is not encrypted instead of sealing it blindly, and does not quote it', async () => {
    await execute(`update mentorship_meeting set notes = 'synthetic plain note'`);
    const failure = await resealDatabase(app.orm).then(() => undefined, (error: Error) => error);
    expect(failure?.message).toMatch(/mentorship_meeting\.notes holds a value that is not encrypted/);
    expect(failure?.message).not.toContain('synthetic plain note');
  });
});
