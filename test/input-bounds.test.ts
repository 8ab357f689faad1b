import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Child } from '../src/modules/children/child.entity.js';
import { Role } from '../src/shared/enums.js';
import { AuditEventsDocument, EligibilityDocument } from './generated/graphql.js';
import { createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Dates out of the years a record can hold, and bodies that are not UTF-8, are refused at the door. */

let app: TestApp;
let admin: string;
const SOME_ID = '018f0000-0000-7000-8000-000000000000';

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  admin = await app.login('admin@test.kz');
});

afterAll(() => app?.close());

describe('date and time inputs', () => {
  it.each(['0000-01-01T00:00:00Z', '1899-12-31T23:59:59Z', '2201-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-13-01T00:00:00Z'])(
    'refuse the instant %s, as a literal and as a variable, with BAD_USER_INPUT naming the field',
    async (from) => {
      const literal = await app.request(`{ auditEvents(filter: { from: ${JSON.stringify(from)} }) { totalCount } }`, {}, admin);
      expect(literal.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
      const variable = await app.request(AuditEventsDocument, { filter: { from } }, admin);
      expect(variable.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'from' });
      // The message says where and why, without echoing the value.
      for (const result of [literal, variable]) expect(result.errors?.[0]?.message).not.toContain(from);
    },
  );

  it('accept the first and the last instant of the years 1900 to 2200', async () => {
    for (const filter of [{ from: '1900-01-01T00:00:00Z' }, { to: '2200-12-31T23:59:59.999Z' }]) {
      const result = await app.request(AuditEventsDocument, { filter }, admin);
      expect(result.errors).toBeUndefined();
    }
  });

  it.each([
    ['1899-12-31', { code: 'BAD_USER_INPUT', field: 'asOf' }],
    ['2201-01-01', { code: 'BAD_USER_INPUT', field: 'asOf' }],
    // In range, the scalar lets it through: what fails is the unknown child.
    ['1900-01-01', { code: 'NOT_FOUND' }],
    ['2200-12-31', { code: 'NOT_FOUND' }],
  ])('bound calendar dates, as a literal and as a variable: %s', async (asOf, extensions) => {
    const literal = await app.request(`{ eligibility(childId: "${SOME_ID}", familyId: "${SOME_ID}", form: ADOPTION, asOf: "${asOf}") { eligible } }`, {}, admin);
    const variable = await app.request(EligibilityDocument, { childId: SOME_ID, familyId: SOME_ID, form: 'ADOPTION', asOf }, admin);
    for (const result of [literal, variable]) expect(result.errors?.[0]?.extensions).toEqual(extensions);
  });

  it('name a nested literal by its input path', async () => {
    const result = await app.request(
      `mutation { registerChild(input: { iin: "1", lastName: "А", firstName: "Б", birthDate: "1800-01-01", sex: MALE, regionCode: "ASTANA", legalStatus: ORPHAN, registeredAt: "2020-01-01", healthGroup: II }) { id } }`,
      {},
      admin,
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'birthDate' });
  });
});

/** POSTs raw bytes, as a client that does not encode its body could. */
function post(body: Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('request bodies', () => {
  const registration = (lastName: Buffer) =>
    Buffer.concat([
      Buffer.from('{"query":"mutation($l: String!) { registerChild(input: { iin: \\"x\\", lastName: $l, firstName: \\"Б\\", birthDate: \\"2016-01-01\\", sex: MALE, regionCode: \\"ASTANA\\", legalStatus: ORPHAN, registeredAt: \\"2020-01-01\\", healthGroup: II }) { id } }","variables":{"l":"'),
      lastName,
      Buffer.from('"}}'),
    ]);

  it.each([
    ['a byte that never occurs in UTF-8', Buffer.from([0xd0, 0x90, 0xff])],
    ['a truncated sequence', Buffer.from([0xd0])],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf])],
    ['an encoded surrogate', Buffer.from([0xed, 0xa0, 0x80])],
  ])('refuse %s with 400, storing nothing', async (_, bytes) => {
    const before = await app.orm.em.fork().count(Child, {});
    const response = await post(registration(bytes));
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text)).toEqual({ errors: [{ message: 'The body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
    expect(await app.orm.em.fork().count(Child, {})).toBe(before);
  });

  it('read valid UTF-8, Kazakh letters included', async () => {
    const response = await post(Buffer.from(JSON.stringify({ query: 'query($s: String!) { children(first: 1, filter: { search: $s }) { totalCount } }', variables: { s: 'Әсел Ұлан' } })));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ data: { children: { totalCount: 0 } } });
  });
});
