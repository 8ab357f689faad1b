import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassport } from '../src/db/encryption.js';
import { Family } from '../src/modules/families/family.entity.js';
import { Role, Sex } from '../src/shared/enums.js';
import { createUser, validIin } from './support/factories.js';
import { applicantInput, familyInput } from './support/registrations.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Issue 8, item 13: a foreign applicant without a Kazakh IIN registers with a passport number and country. */

let app: TestApp;
let worker: string;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  worker = await app.login('worker@test.kz');
});

afterAll(() => app?.close());

const REGISTER = `mutation ($input: RegisterFamilyInput!) { registerFamily(input: $input) { id applicants { iin passportNumber passportCountry citizenship } } }`;
const foreigner = (passport: object | null, overrides: Record<string, unknown> = {}) =>
  applicantInput({ iin: null, passport, citizenship: 'FOREIGN', lastName: 'Schmidt', firstName: 'Anna', sex: 'FEMALE', birthDate: '1983-09-09', ...overrides });
const register = (applicants: Record<string, unknown>[]) => app.request<{ registerFamily: { id: string; applicants: Record<string, string | null>[] } }>(REGISTER, { input: familyInput(applicants) }, worker);
const families = () => app.orm.em.fork().count(Family, {});

describe('a foreign applicant', () => {
  it('registers by passport, stored sealed and kept unique by its own keyed hash', async () => {
    const result = await register([applicantInput(), foreigner({ number: 'c01x 00t47', country: 'DE' })]);
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerFamily.applicants[1]).toEqual({ iin: null, passportNumber: 'C01X00T47', passportCountry: 'DE', citizenship: 'FOREIGN' });
    const [row] = await app.orm.em.getConnection().execute(`select iin, iin_hash, passport_number, passport_hash from family_applicant where passport_country = 'DE'`);
    expect(row).toMatchObject({ iin: null, iin_hash: null, passport_hash: hashPassport('DE', 'C01X00T47') });
    expect(row.passport_number).toMatch(/^v1:/);
    expect(row.passport_number).not.toContain('C01X');
  });

  it('cannot register the same passport twice, however it is written', async () => {
    const before = await families();
    const again = await register([foreigner({ number: 'C01X-00T47', country: 'DE' }, { lastName: 'Other', firstName: 'Person', birthDate: '1979-01-01' })]);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // The same number from another country is another passport.
    expect((await register([foreigner({ number: 'C01X00T47', country: 'AT' }, { lastName: 'Gruber', firstName: 'Eva', birthDate: '1979-01-01' })])).errors).toBeUndefined();
    expect(await families()).toBe(before + 1);
  });

  it.each([
    ['a citizen of Kazakhstan without an IIN', applicantInput({ iin: null }), 'applicants.0.iin'],
    ['a foreigner with neither IIN nor passport', foreigner(null), 'applicants.0.passport'],
    ['a citizen of Kazakhstan by passport', foreigner({ number: 'N1234567', country: 'RU' }, { citizenship: 'KAZAKHSTAN', iin: validIin('1983-09-09', Sex.FEMALE) }), 'applicants.0.passport'],
    ['a passport of Kazakhstan', foreigner({ number: 'N1234567', country: 'KZ' }), 'applicants.0.passport.country'],
  ])('refuses %s, naming the field', async (_, applicant, field) => {
    const result = await register([applicant]);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a malformed passport at the schema', async () => {
    const result = await register([foreigner({ number: '#!', country: 'germany' })]);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
