import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { AssessmentStatus, BackgroundCheckKind } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { Role } from '../src/shared/enums.js';
import {
  FamiliesDocument,
  FamilyByIdDocument,
  FamilyWithChecksDocument,
  MyFamilyDocument,
  RecordApplicantChecksDocument,
  RecordFamilyAssessmentDocument,
  RegisterFamilyDocument,
  UpdateFamilyDocument,
  type FamilyApplicantInput,
  type RegisterFamilyInput,
} from './generated/graphql.js';
import { createChild, createFamily, createUser, validIin } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let worker: string;
let almatyWorker: string;
let coordinator: string;
let admin: string;
let ownFamilyToken: string;
let ownFamily: Family;
let otherFamily: Family;

const rowCounts = async () => {
  const em = app.orm.em.fork();
  return { families: await em.count(Family, {}), applicants: await em.count(FamilyApplicant, {}), audit: await em.count(AuditEvent, {}) };
};
const reload = (id: string) => app.orm.em.fork().findOneOrFail(Family, { id });

/** Every check approval requires (the prosecution check too: guardianship is a D12 form), clear; the first with a detail. */
const allChecks = (changes: Partial<Record<BackgroundCheckKind, { result: 'CLEAR' | 'PENDING' | 'FLAGGED'; checkedAt: string }>> = {}) =>
  Object.values(BackgroundCheckKind).map((kind, index) => ({
    kind,
    result: 'CLEAR' as const,
    checkedAt: '2026-01-15',
    ...(index === 0 ? { detail: 'synthetic detail' } : {}),
    ...changes[kind],
  }));

function applicant(birthDate: string, sex: 'MALE' | 'FEMALE', overrides: Partial<FamilyApplicantInput> = {}): FamilyApplicantInput {
  return {
    iin: validIin(birthDate, sex as never),
    lastName: sex === 'MALE' ? 'Қасымов' : 'Қасымова',
    firstName: sex === 'MALE' ? 'Нұрлан' : 'Әйгерім',
    birthDate,
    sex,
    citizenship: 'KAZAKHSTAN',
    maritalStatus: 'MARRIED',
    checks: allChecks(),
    ...overrides,
  };
}

function registration(overrides: Partial<RegisterFamilyInput> = {}): RegisterFamilyInput {
  return {
    forms: ['GUARDIANSHIP', 'FOSTER_FAMILY'],
    applicants: [applicant('1984-05-12', 'MALE'), applicant('1986-09-30', 'FEMALE')],
    regionCode: 'ASTANA',
    settlement: 'Астана',
    monthlyIncome: 520_000,
    housing: { kind: 'OWNED_APARTMENT', areaSqm: 95, rooms: 4 },
    trainingCertificateDate: '2026-02-01',
    preferences: { childAgeMin: 3, childAgeMax: 12, maxChildren: 2, acceptsSiblings: true, languages: ['KAZAKH'] },
    capacity: 2,
    contactPhone: '+7 700 000 00 00',
    ...overrides,
  };
}

async function register(input: RegisterFamilyInput = registration(), token = worker) {
  const result = await app.request(RegisterFamilyDocument, { input }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.registerFamily;
}

beforeAll(async () => {
  app = await startTestApp();
  ownFamily = await createFamily(app.orm);
  otherFamily = await createFamily(app.orm);
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'worker.almaty@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'family@test.kz', role: Role.FAMILY, familyId: ownFamily.id });
  [worker, almatyWorker, coordinator, admin, ownFamilyToken] = await Promise.all(
    ['worker@test.kz', 'worker.almaty@test.kz', 'coordinator@test.kz', 'admin@test.kz', 'family@test.kz'].map((email) => app.login(email)),
  );
});

afterAll(() => app?.close());

describe('registering a family', () => {
  it('stores the family, its applicants and kinships, and one audit event without values', async () => {
    const nephew = await createChild(app.orm, { firstName: 'Бауыржан' });
    const input = registration({ kinships: [{ childId: nephew.id, relation: 'AUNT_OR_UNCLE' }] });
    const family = await register(input);
    expect(family).toMatchObject({ assessmentStatus: 'APPLIED', version: 1, capacity: 2, region: { code: 'ASTANA' }, approvedAt: null });
    expect(family.applicants.map((a) => [a.position, a.firstName])).toEqual([[1, 'Нұрлан'], [2, 'Әйгерім']]);
    expect(family.kinships).toEqual([{ relation: 'AUNT_OR_UNCLE', child: { id: nephew.id, firstName: 'Бауыржан' } }]);

    const read = await app.request(FamilyByIdDocument, { id: family.id }, worker);
    expect(read.data!.family).toEqual(family);

    // The registration's answer and the read each showed the address and contacts: one read event each.
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: family.id }, { orderBy: { action: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['family.read-personal', 'family.read-personal', 'family.register']);
    expect(events[2]!.changedFields).toEqual(expect.arrayContaining(['applicants', 'capacity', 'kinships', 'preferences']));
    expect(JSON.stringify(events)).not.toContain(input.applicants[0]!.iin);
  });

  it('finds families by an applicant’s name in Kazakh letters, in any case', async () => {
    const family = await register(registration({ applicants: [applicant('1979-03-03', 'FEMALE', { lastName: 'Жұмабаева', firstName: 'Гүлнұр' })] }));
    const found = await app.request(FamiliesDocument, { first: 10, filter: { search: 'ГҮЛНҰР жұмабаева' } }, admin);
    expect(found.data!.families.edges.map((e) => e.node.id)).toEqual([family.id]);
  });

  const wrongCheckDigit = (iin: string) => iin.slice(0, 11) + String((Number(iin[11]) + 1) % 10);
  it.each([
    ['a wrong IIN check digit', (i: RegisterFamilyInput) => ({ ...i, applicants: [{ ...i.applicants[0]!, iin: wrongCheckDigit(i.applicants[0]!.iin!) }] }), 'applicants.0.iin'],
    ['an applicant born in the future', (i: RegisterFamilyInput) => ({ ...i, applicants: [applicant('2099-01-01', 'MALE')] }), 'applicants.0.birthDate'],
    ['a second applicant under 18', (i: RegisterFamilyInput) => ({ ...i, applicants: [i.applicants[0]!, applicant('2012-01-01', 'FEMALE')] }), 'applicants.1.birthDate'],
    ['the same person twice', (i: RegisterFamilyInput) => ({ ...i, applicants: [i.applicants[0]!, i.applicants[0]!] }), 'applicants.1.iin'],
    ['three applicants', (i: RegisterFamilyInput) => ({ ...i, applicants: [...i.applicants, applicant('1960-01-01', 'MALE')] }), 'applicants'],
    ['a check dated in the future', (i: RegisterFamilyInput) => ({ ...i, applicants: [applicant('1984-05-12', 'MALE', { checks: [{ kind: 'MEDICAL', result: 'CLEAR', checkedAt: '2099-01-01' }] })] }), 'applicants.0.checks.0.checkedAt'],
    ['negative capacity', (i: RegisterFamilyInput) => ({ ...i, capacity: -1 }), 'capacity'],
    ['negative income', (i: RegisterFamilyInput) => ({ ...i, monthlyIncome: -1 }), 'monthlyIncome'],
    ['a 10,000-character settlement', (i: RegisterFamilyInput) => ({ ...i, settlement: 'а'.repeat(10_000) }), 'settlement'],
    ['no forms', (i: RegisterFamilyInput) => ({ ...i, forms: [] }), 'forms'],
    ['youngest age above oldest', (i: RegisterFamilyInput) => ({ ...i, preferences: { childAgeMin: 10, childAgeMax: 5 } }), 'preferences.childAgeMin'],
    ['an unknown region', (i: RegisterFamilyInput) => ({ ...i, regionCode: 'ATLANTIS' }), 'regionCode'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await rowCounts();
    const result = await app.request(RegisterFamilyDocument, { input: change(registration()) }, admin);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a kinship with a child of another region, writing nothing', async () => {
    const almatyChild = await createChild(app.orm, { regionCode: 'ALMATY' });
    const before = await rowCounts();
    const result = await app.request(RegisterFamilyDocument, { input: registration({ kinships: [{ childId: almatyChild.id, relation: 'GRANDPARENT' }] }) }, worker);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kinships.0.childId' });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unknown enum value passed in variables, writing nothing', async () => {
    const before = await rowCounts();
    const input = registration({ forms: ['KIDNAPPING' as never] });
    const result = await app.request(RegisterFamilyDocument, { input }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an applicant already in another family as CONFLICT', async () => {
    const first = registration({ applicants: [applicant('1975-07-07', 'MALE')] });
    await register(first);
    // Held first as a possible duplicate of the family it can see; confirmed, the IIN still refuses a second record.
    const held = await app.request(RegisterFamilyDocument, { input: registration({ applicants: first.applicants }) }, worker);
    expect(held.errors?.[0]?.extensions?.code).toBe('POSSIBLE_DUPLICATE');
    const result = await app.request(RegisterFamilyDocument, { input: registration({ applicants: first.applicants, confirmNotDuplicate: true }) }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets only staff of the region register', async () => {
    const elsewhere = await app.request(RegisterFamilyDocument, { input: registration() }, almatyWorker);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const token of [coordinator, ownFamilyToken]) {
      const result = await app.request(RegisterFamilyDocument, { input: registration() }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('who sees a family', () => {
  it('hides a family from a worker of another region: FORBIDDEN by id, absent from lists', async () => {
    const family = await register(registration({ applicants: [applicant('1981-01-21', 'MALE', { lastName: 'Оңтүстіков' })] }));
    const byId = await app.request(FamilyByIdDocument, { id: family.id }, almatyWorker);
    expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.request(FamiliesDocument, { first: 100, filter: { search: 'оңтүстіков' } }, almatyWorker);
    expect(list.data!.families.totalCount).toBe(0);
    const asked = await app.request(FamiliesDocument, { first: 10, filter: { regionCode: 'ASTANA' } }, almatyWorker);
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await app.request(FamiliesDocument, { first: 100, filter: { search: 'оңтүстіков' } }, worker);
    expect(own.data!.families.totalCount).toBe(1);
  });

  it('keeps mentor coordinators out of family records', async () => {
    expect((await app.request(FamilyByIdDocument, { id: ownFamily.id }, coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(FamiliesDocument, { first: 10 }, coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a family its own record and nothing of another family', async () => {
    const mine = await app.request(MyFamilyDocument, {}, ownFamilyToken);
    expect(mine.data!.myFamily).toMatchObject({ id: ownFamily.id, region: { code: 'ASTANA' } });
    const byId = await app.request(FamilyByIdDocument, { id: ownFamily.id }, ownFamilyToken);
    expect(byId.data!.family.id).toBe(ownFamily.id);
    for (const id of [otherFamily.id, '018f0000-0000-7000-8000-000000000000']) {
      const other = await app.request(FamilyByIdDocument, { id }, ownFamilyToken);
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(other.data).toBeNull();
    }
    expect((await app.request(FamiliesDocument, { first: 10 }, ownFamilyToken)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows check details to assessors only', async () => {
    const family = await register(registration({ applicants: [applicant('1983-08-08', 'MALE')] }));
    const asWorker = await app.request(FamilyWithChecksDocument, { id: family.id }, worker);
    expect(asWorker.data!.family.applicants[0]!.checks).toContainEqual(expect.objectContaining({ kind: 'LEGAL_CAPACITY', detail: 'synthetic detail' }));
    const asFamily = await app.request(FamilyWithChecksDocument, { id: ownFamily.id }, ownFamilyToken);
    expect(asFamily.data!.family.applicants[0]!.checks).toBeNull();
    expect(asFamily.data!.family.placements).toEqual([]);
    expect(asFamily.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('answers NOT_FOUND to staff for an unknown id', async () => {
    const result = await app.request(FamilyByIdDocument, { id: '018f0000-0000-7000-8000-000000000000' }, admin);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('filters by status, form and availability', async () => {
    const filter = { regionCode: 'ASTANA', assessmentStatus: ['APPLIED' as const], forms: ['FOSTER_FAMILY' as const], acceptingPlacements: true };
    const result = await app.request(FamiliesDocument, { first: 100, filter }, worker);
    const nodes = result.data!.families.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.assessmentStatus === 'APPLIED' && n.forms.includes('FOSTER_FAMILY'))).toBe(true);
    expect(nodes.map((n) => n.id)).not.toContain(ownFamily.id); // approved, not applied
  });
});

describe('staff editing a family', () => {
  it('updates household facts and refuses a stale version', async () => {
    const family = await register(registration({ applicants: [applicant('1982-02-02', 'FEMALE')] }));
    const result = await app.request(UpdateFamilyDocument, { input: { id: family.id, version: 1, settlement: 'Қосшы', capacity: 3, contactPhone: null } }, worker);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateFamily).toMatchObject({ settlement: 'Қосшы', capacity: 3, contactPhone: null, version: 2, monthlyIncome: 520_000 });
    const stale = await app.request(UpdateFamilyDocument, { input: { id: family.id, version: 1, capacity: 4 } }, worker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await reload(family.id)).capacity).toBe(3);
  });

  it('refuses negative capacity and another region’s worker', async () => {
    const family = await register(registration({ applicants: [applicant('1982-03-03', 'FEMALE')] }));
    const negative = await app.request(UpdateFamilyDocument, { input: { id: family.id, version: 1, capacity: -2 } }, worker);
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'capacity' });
    const elsewhere = await app.request(UpdateFamilyDocument, { input: { id: family.id, version: 1, capacity: 1 } }, almatyWorker);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await reload(family.id)).toMatchObject({ capacity: 2, version: 1 });
  });
});

describe('assessment', () => {
  const assess = (familyId: string, version: number, status: AssessmentStatus, decidedAt = '2026-03-10', token = worker) =>
    app.request(RecordFamilyAssessmentDocument, { input: { familyId, version, status, decidedAt } }, token);

  it('refuses an illegal transition on the status field', async () => {
    const family = await register(registration({ applicants: [applicant('1980-04-04', 'MALE')] }));
    const result = await assess(family.id, 1, AssessmentStatus.APPROVED);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(await reload(family.id)).toMatchObject({ assessmentStatus: 'APPLIED', version: 1 });
  });

  it('approves for 12 months from the decision, with an audit event', async () => {
    const family = await register(registration({ applicants: [applicant('1980-05-05', 'MALE')] }));
    expect((await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT)).data!.recordFamilyAssessment.version).toBe(2);
    const approved = await assess(family.id, 2, AssessmentStatus.APPROVED, '2026-03-10');
    expect(approved.data!.recordFamilyAssessment).toMatchObject({ assessmentStatus: 'APPROVED', approvedAt: '2026-03-10', approvalExpiresAt: '2027-03-10', version: 3 });
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: family.id, action: 'family.assess' }, { orderBy: { at: 'asc' } });
    expect(events.map((e) => e.changedFields)).toEqual([['assessmentStatus'], ['approvalExpiresAt', 'approvedAt', 'assessmentStatus']]);
  });

  it('refuses approval with a pending check or without training, saying why', async () => {
    const pending = applicant('1980-06-06', 'MALE', { checks: allChecks({ MEDICAL: { result: 'PENDING', checkedAt: '2026-01-01' } }) });
    const family = await register(registration({ applicants: [pending] }));
    await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT);
    const result = await assess(family.id, 2, AssessmentStatus.APPROVED);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', missing: [{ applicant: 1, kind: 'MEDICAL', problem: 'PENDING' }] });
    expect(result.errors?.[0]?.message).toMatch(/MEDICAL/);

    const untrained = await register(registration({ applicants: [applicant('1980-07-07', 'MALE')], trainingCertificateDate: null }));
    await assess(untrained.id, 1, AssessmentStatus.IN_ASSESSMENT);
    const refused = await assess(untrained.id, 2, AssessmentStatus.APPROVED);
    expect(refused.errors?.[0]?.message).toMatch(/training certificate/);
    expect(await reload(untrained.id)).toMatchObject({ assessmentStatus: 'IN_ASSESSMENT', approvedAt: null });
  });

  it('approves once a pending check is recorded clear; a future check date is refused', async () => {
    const pending = applicant('1979-06-06', 'MALE', { checks: allChecks({ MEDICAL: { result: 'PENDING', checkedAt: '2026-01-01' } }) });
    const family = await register(registration({ applicants: [pending] }));
    await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT);
    const applicantId = (await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: family.id })).id;
    const record = (version: number, checkedAt: string) =>
      app.request(RecordApplicantChecksDocument, { input: { familyId: family.id, version, applicantId, checks: [{ kind: 'MEDICAL', result: 'CLEAR', checkedAt }] } }, worker);
    const future = await record(2, '2099-01-01');
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checks.0.checkedAt' });
    const recorded = await record(2, '2026-02-01');
    expect(recorded.data!.recordApplicantChecks.version).toBe(3);
    expect(recorded.data!.recordApplicantChecks.applicants[0]!.checks).toContainEqual({ kind: 'MEDICAL', result: 'CLEAR', checkedAt: '2026-02-01' });
    expect((await record(2, '2026-02-02')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await assess(family.id, 3, AssessmentStatus.APPROVED)).data!.recordFamilyAssessment.assessmentStatus).toBe('APPROVED');
    const events = await app.orm.em.fork().find(AuditEvent, { entityId: family.id, action: 'family.record-checks' });
    expect(events.map((e) => e.changedFields)).toEqual([['checks.MEDICAL']]);
  });

  it('refuses approval with 1 of the 8 required checks, listing every one missing in extensions.missing', async () => {
    const oneCheck = applicant('1981-01-01', 'FEMALE', { checks: [{ kind: 'CRIMINAL_RECORD', result: 'CLEAR', checkedAt: '2026-01-15' }] });
    const family = await register(registration({ forms: ['FOSTER_FAMILY'], applicants: [oneCheck] }));
    await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT);
    const refused = await assess(family.id, 2, AssessmentStatus.APPROVED);
    const missing = ['LEGAL_CAPACITY', 'PARENTAL_RIGHTS', 'GUARDIANSHIP_REMOVAL', 'ADOPTION_REVOCATION', 'MEDICAL', 'NARCOLOGICAL_REGISTER', 'PSYCHONEUROLOGICAL_REGISTER'];
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'status', missing: missing.map((kind) => ({ applicant: 1, kind, problem: 'MISSING' })) });
    expect(await reload(family.id)).toMatchObject({ assessmentStatus: 'IN_ASSESSMENT', approvedAt: null });
  });

  it('requires the prosecution check for a D12 form, and checks no older than 12 months on the decision date', async () => {
    const family = await register(registration({ applicants: [applicant('1981-02-02', 'MALE', { checks: allChecks({ CRIMINAL_PROSECUTION: { result: 'FLAGGED', checkedAt: '2026-01-15' }, MEDICAL: { result: 'CLEAR', checkedAt: '2025-03-09' } }) })] }));
    await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT);
    const refused = await assess(family.id, 2, AssessmentStatus.APPROVED, '2026-03-10');
    expect(refused.errors?.[0]?.extensions?.missing).toEqual([
      { applicant: 1, kind: 'MEDICAL', problem: 'OUTDATED' },
      { applicant: 1, kind: 'CRIMINAL_PROSECUTION', problem: 'FLAGGED' },
    ]);
  });

  it('exempts relatives of a child from training', async () => {
    const grandchild = await createChild(app.orm, {});
    const family = await register(registration({ applicants: [applicant('1960-08-08', 'FEMALE')], trainingCertificateDate: null, kinships: [{ childId: grandchild.id, relation: 'GRANDPARENT' }] }));
    await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT);
    expect((await assess(family.id, 2, AssessmentStatus.APPROVED)).data!.recordFamilyAssessment.assessmentStatus).toBe('APPROVED');
  });

  it('refuses a stale version, a future decision and another region', async () => {
    const family = await register(registration({ applicants: [applicant('1980-09-09', 'MALE')] }));
    expect((await assess(family.id, 2, AssessmentStatus.IN_ASSESSMENT)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT, '2099-01-01')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decidedAt' });
    expect((await assess(family.id, 1, AssessmentStatus.IN_ASSESSMENT, '2026-03-10', almatyWorker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await reload(family.id)).toMatchObject({ assessmentStatus: 'APPLIED', version: 1 });
  });
});
