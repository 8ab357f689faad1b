import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { DUPLICATE_IIN_MESSAGE } from '../src/modules/children/child.service.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { REGISTRATION_LIMITS } from '../src/modules/identity/duplicate-throttle.js';
import { Role, Sex } from '../src/shared/enums.js';
import { RegisterChildDocument, RegisterFamilyDocument, RegisterMentorDocument, type RegisterChildInput, type RegisterMentorInput } from './generated/graphql.js';
import { createChild, createFamily, createMentor, createUser, validIin } from './support/factories.js';
import { applicantInput, familyInput } from './support/registrations.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { uniqueName } from './support/world.js';

/**
 * Registering a child, an applicant or a mentor must not be an oracle for IINs registered
 * elsewhere: a duplicate is the last check, answered alike wherever the record is, audited, and
 * throttled per account, one budget for every kind.
 */

let app: TestApp;
let admin: string;
const BIRTH = '2017-08-21';
let astanaChild: Child;
let almatyChild: Child;

let users = 0;
async function newWorker(regionCode = 'ASTANA'): Promise<{ token: string; userId: string }> {
  const email = `worker${++users}@test.kz`;
  const user = await createUser(app.orm, { email, role: Role.SOCIAL_WORKER, regionCode });
  return { token: await app.login(email), userId: user.id };
}

function registration(overrides: Partial<RegisterChildInput> = {}): RegisterChildInput {
  return {
    iin: validIin(BIRTH, Sex.FEMALE),
    // Names of their own: registrations alike in name and birth date are held as possible duplicates.
    lastName: uniqueName('Тестова'),
    firstName: uniqueName('Дана'),
    birthDate: BIRTH,
    sex: 'FEMALE',
    regionCode: 'ASTANA',
    legalStatus: 'ORPHAN',
    registeredAt: '2024-09-01',
    healthGroup: 'II',
    ...overrides,
  };
}

const register = (token: string, overrides: Partial<RegisterChildInput> = {}) => app.request(RegisterChildDocument, { input: registration(overrides) }, token);
const answer = (result: GraphQLResponse<unknown>) => ({ status: result.status, data: result.data, errors: result.errors });
const countChildren = () => app.orm.em.fork().count(Child, {});

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  admin = await app.login('admin@test.kz');
  astanaChild = await createChild(app.orm, { regionCode: 'ASTANA', birthDate: BIRTH, sex: Sex.FEMALE });
  almatyChild = await createChild(app.orm, { regionCode: 'ALMATY', birthDate: BIRTH, sex: Sex.FEMALE });
});

afterAll(() => app?.close());

describe('a duplicate IIN', () => {
  it('is answered alike whether the child is in the worker’s region or another, naming neither', async () => {
    const { token } = await newWorker();
    const elsewhere = await register(token, { iin: almatyChild.iin });
    const own = await register(token, { iin: astanaChild.iin });
    expect(elsewhere.errors?.[0]).toMatchObject({ message: DUPLICATE_IIN_MESSAGE, extensions: { code: 'CONFLICT' } });
    expect(answer(elsewhere)).toEqual(answer(own));
    const text = JSON.stringify(elsewhere);
    for (const secret of [almatyChild.id, 'ALMATY', almatyChild.lastName]) expect(text).not.toContain(secret);
  });

  it('is checked after everything else, so a refused registration tells nothing about the IIN', async () => {
    const { token } = await newWorker();
    const before = await countChildren();
    const cases: [Partial<RegisterChildInput>, string, string?][] = [
      [{ regionCode: 'ALMATY' }, 'FORBIDDEN'],
      [{ registeredAt: '2010-01-01' }, 'BAD_USER_INPUT', 'registeredAt'],
      [{ siblingGroupId: '018f0000-0000-7000-8000-000000000000' }, 'BAD_USER_INPUT', 'siblingGroupId'],
      [{ siblingOfChildId: almatyChild.id }, 'BAD_USER_INPUT', 'siblingOfChildId'],
    ];
    for (const [change, code, field] of cases) {
      const duplicate = await register(token, { ...change, iin: almatyChild.iin });
      const fresh = await register(token, change);
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
      expect(answer(duplicate)).toEqual(answer(fresh));
    }
    expect(await countChildren()).toBe(before);
  });

  it('is audited in a row of its own that outlives the refused registration', async () => {
    const { token, userId } = await newWorker();
    const result = await register(token, { iin: almatyChild.iin });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const events = await app.orm.em.fork().find(AuditEvent, { actorId: userId, entityName: 'Child' });
    expect(events.map(({ action, entityName, entityId, actorRole }) => ({ action, entityName, entityId, actorRole }))).toEqual([
      { action: 'child.register-duplicate', entityName: 'Child', entityId: almatyChild.id, actorRole: Role.SOCIAL_WORKER },
    ]);
  });

  it(`locks the account's registrations after ${REGISTRATION_LIMITS.duplicates} duplicates, whatever it sends next`, async () => {
    const { token } = await newWorker();
    for (let i = 0; i < REGISTRATION_LIMITS.duplicates; i++) {
      // Registrations without a duplicate do not count against the budget.
      expect((await register(token)).errors).toBeUndefined();
      expect((await register(token, { iin: almatyChild.iin })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    }
    const before = await countChildren();
    const sixth = await register(token, { iin: almatyChild.iin });
    expect(sixth.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // A fresh IIN gets the same refusal: the lock is no oracle either.
    const fresh = await register(token);
    expect(answer(fresh)).toEqual(answer(sixth));
    expect(await countChildren()).toBe(before);
    // Another account is not held up.
    expect((await register((await newWorker()).token)).errors).toBeUndefined();
  });

  it('cannot be raced past the limit with parallel requests', async () => {
    const { token, userId } = await newWorker();
    const results = await Promise.all(Array.from({ length: 12 }, () => register(token, { iin: astanaChild.iin })));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(REGISTRATION_LIMITS.duplicates);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(12 - REGISTRATION_LIMITS.duplicates);
    // Every attempt is on record, the refused ones too.
    expect(await app.orm.em.fork().count(AuditEvent, { actorId: userId, action: 'child.register-duplicate' })).toBe(12);
  });

  it('is answered to an administrator the same way', async () => {
    const result = await register(admin, { iin: almatyChild.iin, regionCode: 'KARAGANDA' });
    expect(result.errors?.[0]).toMatchObject({ message: DUPLICATE_IIN_MESSAGE, extensions: { code: 'CONFLICT' } });
  });
});

describe('a duplicate IIN of an applicant or a mentor', () => {
  const attempts = (userId: string, action: string) => app.orm.em.fork().count(AuditEvent, { actorId: userId, action });

  it("is answered alike for another region's applicant and for one of the worker's own, and audited", async () => {
    const { token, userId } = await newWorker();
    const astana = await createFamily(app.orm, { regionCode: 'ASTANA', applicant: { birthDate: '1979-01-02' } });
    const almaty = await createFamily(app.orm, { regionCode: 'ALMATY', applicant: { birthDate: '1979-01-03' } });
    const iinOf = async (familyId: string) => (await app.orm.em.fork().findOneOrFail(FamilyApplicant, { family: familyId })).iin;
    const answers = [];
    for (const [familyId, birthDate] of [[almaty.id, '1979-01-03'], [astana.id, '1979-01-02']] as const) {
      const applicant = applicantInput({ iin: await iinOf(familyId), birthDate, lastName: uniqueName('Басқа'), firstName: uniqueName('Адам') });
      const result = await app.request(RegisterFamilyDocument, { input: familyInput([applicant], { confirmNotDuplicate: true }) as never }, token);
      answers.push(result.errors?.map((error) => [error.extensions?.code, error.message]));
    }
    expect(answers[0]).toEqual([['CONFLICT', expect.stringMatching(/attempt was recorded/)]]);
    expect(answers[1]).toEqual(answers[0]);
    expect(await attempts(userId, 'family.register-duplicate')).toBe(2);
  });

  it("is answered alike for another region's mentor, audited, and counted with the child duplicates", async () => {
    const email = `coordinator${++users}@test.kz`;
    const coordinator = await createUser(app.orm, { email, role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
    const token = await app.login(email);
    const elsewhere = await createMentor(app.orm, { regionCode: 'ALMATY', birthDate: '1990-01-05', sex: Sex.FEMALE });
    const input: RegisterMentorInput = {
      iin: elsewhere.iin, lastName: uniqueName('Басқа'), firstName: uniqueName('Тәлімгер'), birthDate: '1990-01-05', sex: 'FEMALE',
      citizenship: 'KAZAKHSTAN', regionCode: 'ASTANA', city: 'Астана', languages: ['KAZAKH'], interests: [],
    };
    for (let i = 0; i < REGISTRATION_LIMITS.duplicates; i++) {
      const result = await app.request(RegisterMentorDocument, { input }, token);
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['CONFLICT']);
    }
    expect(await attempts(coordinator.id, 'mentor.register-duplicate')).toBe(REGISTRATION_LIMITS.duplicates);
    const next = await app.request(RegisterMentorDocument, { input: { ...input, iin: validIin('1990-01-05', Sex.FEMALE) } }, token);
    expect(next.errors?.map((error) => error.extensions?.code)).toEqual(['TOO_MANY_ATTEMPTS']);
  });
});
