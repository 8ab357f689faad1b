import { SignJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/shared/enums.js';
import { ChangePasswordDocument, LoginDocument, LogoutDocument, MeDocument, RegionsDocument } from './generated/graphql.js';
import { createUser } from './support/factories.js';
import { startTestApp, testConfig, TEST_PASSWORD, type GraphQLResponse, type TestApp } from './support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ jwtTtl: 2 });
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
});

afterAll(() => app?.close());

describe('signing in', () => {
  it('returns a token that identifies the user, and audits the login', async () => {
    const result = await app.request(LoginDocument, { email: 'Worker@Test.kz', password: TEST_PASSWORD });
    expect(result.data!.login.user).toMatchObject({ email: 'worker@test.kz', role: 'SOCIAL_WORKER' });
    const me = await app.request(MeDocument, {}, result.data!.login.token);
    expect(me.data!.me).toMatchObject({ email: 'worker@test.kz' });
    const events = await app.orm.em.fork().find(AuditEvent, { action: 'user.login', entityId: result.data!.login.user.id });
    expect(events).toHaveLength(1);
  });

  it('gives one answer for an unknown email and a wrong password', async () => {
    const unknown = await app.request(LoginDocument, { email: 'nobody@test.kz', password: TEST_PASSWORD });
    const wrong = await app.request(LoginDocument, { email: 'worker@test.kz', password: 'not-the-password' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('answers me with null when anonymous, and regions to anyone', async () => {
    expect((await app.request(MeDocument, {})).data!.me).toBeNull();
    const regions = await app.request(RegionsDocument, {});
    expect(regions.data!.regions).toHaveLength(20);
    expect(regions.data!.regions.map((r) => r.code)).toEqual(expect.arrayContaining(['ASTANA', 'ALMATY', 'SHYMKENT', 'ULYTAU', 'JETISU', 'ABAI']));
  });

  it('refuses a forged token', async () => {
    const result = await app.request(MeDocument, {}, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stops a disabled user’s token at once', async () => {
    await createUser(app.orm, { email: 'leaver@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await app.login('leaver@test.kz');
    expect((await app.request(MeDocument, {}, token)).data!.me).not.toBeNull();
    await app.orm.em.fork().nativeUpdate(User, { email: 'leaver@test.kz' }, { disabled: true });
    const after = await app.request(MeDocument, {}, token);
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const again = await app.request(LoginDocument, { email: 'leaver@test.kz', password: TEST_PASSWORD });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a token expire', async () => {
    const token = await app.login('worker@test.kz');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const result = await app.request(MeDocument, {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

describe('tokens', () => {
  // Tokens signed here with the server's own key: only the claims decide.
  let tokenApp: TestApp;
  let user: User;
  const key = new TextEncoder().encode(testConfig().jwtSecret);
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    tokenApp = await startTestApp();
    user = await createUser(tokenApp.orm, { email: 'token@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  });
  afterAll(() => tokenApp?.close());

  /** A token as the server signs one, with `changes` applied (undefined removes a claim). */
  function forge(changes: JWTPayload = {}): Promise<string> {
    const claims: JWTPayload = { sub: user.id, iss: 'shanyraq', aud: 'shanyraq-api', iat: now(), exp: now() + 600, ver: 0, ...changes };
    const present = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
    return new SignJWT(present).setProtectedHeader({ alg: 'HS256' }).sign(key);
  }

  it('accepts a complete token: the forging below changes only the claims named', async () => {
    const result = await tokenApp.request(MeDocument, {}, await forge());
    expect(result.data!.me).toMatchObject({ id: user.id });
  });

  it.each<[string, JWTPayload]>([
    ['without exp', { exp: undefined }],
    ['without iat', { iat: undefined }],
    ['with iat in the future', { iat: now() + 600 }],
    ['older than the token lifetime, however late it expires', { iat: now() - 7200, exp: now() + 3600 }],
    ['without audience', { aud: undefined }],
    ['for another audience', { aud: 'another-service' }],
    ['of another issuer', { iss: 'someone-else' }],
    ['without a subject', { sub: undefined }],
    ['whose subject is not a UUID', { sub: 'not-a-uuid' }],
    ['whose subject is SQL', { sub: "' or 1=1 --" }],
    ['without a token version', { ver: undefined }],
    ['with a token version that is not a whole number', { ver: '0' }],
  ])('refuses a token %s with 401 UNAUTHENTICATED', async (_name, changes) => {
    const result = await tokenApp.request(MeDocument, {}, await forge(changes));
    expect(result.status).toBe(401);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
  });

  it('puts issuer, audience, issue and expiry times and the token version in the tokens it signs', async () => {
    const token = await tokenApp.login('token@test.kz');
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as JWTPayload;
    expect(claims).toMatchObject({ sub: user.id, iss: 'shanyraq', aud: 'shanyraq-api', ver: 0 });
    expect(claims.exp! - claims.iat!).toBe(testConfig().jwtTtl);
  });
});

describe('ending sessions', () => {
  let sessionApp: TestApp;
  beforeAll(async () => {
    sessionApp = await startTestApp();
  });
  afterAll(() => sessionApp?.close());

  const me = (token: string) => sessionApp.request(MeDocument, {}, token);
  const eventsOf = (action: string, entityId: string) => sessionApp.orm.em.fork().find(AuditEvent, { action, entityId });

  it('logout ends every session of the user, on every device, and is audited', async () => {
    const user = await createUser(sessionApp.orm, { email: 'logout@test.kz', role: Role.FAMILY });
    const [phone, laptop] = [await sessionApp.login('logout@test.kz'), await sessionApp.login('logout@test.kz')];
    const result = await sessionApp.request(LogoutDocument, {}, phone);
    expect(result.data).toEqual({ logout: true });
    for (const token of [phone, laptop]) {
      const after = await me(token);
      expect(after.status).toBe(401);
      expect(codeOf(after)).toBe('UNAUTHENTICATED');
    }
    expect(await eventsOf('user.logout', user.id)).toEqual([expect.objectContaining({ actorId: user.id, actorRole: Role.FAMILY })]);
    // Signing in again starts a new session.
    expect((await me(await sessionApp.login('logout@test.kz'))).data!.me).toMatchObject({ id: user.id });
  });

  it('logout needs a session', async () => {
    expect(codeOf(await sessionApp.request(LogoutDocument, {}))).toBe('UNAUTHENTICATED');
  });

  it('a password change ends every session, is audited, and only the new password signs in', async () => {
    const user = await createUser(sessionApp.orm, { email: 'change@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const [token, other] = [await sessionApp.login('change@test.kz'), await sessionApp.login('change@test.kz')];
    const wrong = await sessionApp.request(ChangePasswordDocument, { currentPassword: 'not-the-password', newPassword: 'a-new-password-42' }, token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await sessionApp.request(ChangePasswordDocument, { currentPassword: TEST_PASSWORD, newPassword: 'short' }, token);
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    // Refused changes end nothing.
    expect((await me(token)).data!.me).toMatchObject({ id: user.id });

    const changed = await sessionApp.request(ChangePasswordDocument, { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-42' }, token);
    expect(changed.data).toEqual({ changePassword: true });
    for (const old of [token, other]) expect(codeOf(await me(old))).toBe('UNAUTHENTICATED');
    expect(codeOf(await sessionApp.request(LoginDocument, { email: 'change@test.kz', password: TEST_PASSWORD }))).toBe('UNAUTHENTICATED');
    expect((await me(await sessionApp.login('change@test.kz', 'a-new-password-42'))).data!.me).toMatchObject({ id: user.id });
    expect(await eventsOf('user.change-password', user.id)).toEqual([expect.objectContaining({ actorId: user.id, changedFields: ['password'] })]);
  });

  it('disabling an account ends its sessions for good: enabling it again does not bring them back', async () => {
    await createUser(sessionApp.orm, { email: 'returning@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await sessionApp.login('returning@test.kz');
    // As an operator would, in SQL: the database raises the token version itself.
    const connection = sessionApp.orm.em.getConnection();
    await connection.execute(`update app_user set disabled = true where email = 'returning@test.kz'`);
    await connection.execute(`update app_user set disabled = false where email = 'returning@test.kz'`);
    expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
    expect((await me(await sessionApp.login('returning@test.kz'))).data!.me).toMatchObject({ email: 'returning@test.kz' });
  });

  it('a password hash written by any path ends the sessions; other edits of the user do not', async () => {
    await createUser(sessionApp.orm, { email: 'scripted@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await sessionApp.login('scripted@test.kz');
    const connection = sessionApp.orm.em.getConnection();
    await connection.execute(`update app_user set display_name = 'Renamed', last_login_at = now() where email = 'scripted@test.kz'`);
    expect(codeOf(await me(token))).toBeUndefined();
    await connection.execute(`update app_user set password_hash = password_hash || '' where email = 'scripted@test.kz'`);
    expect(codeOf(await me(token))).toBeUndefined();
    await connection.execute(`update app_user set password_hash = 'replaced' where email = 'scripted@test.kz'`);
    expect(codeOf(await me(token))).toBe('UNAUTHENTICATED');
  });
});
