import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Role } from '../src/shared/enums.js';
import { LoginDocument, MeDocument, RegionsDocument } from './generated/graphql.js';
import { createUser } from './support/factories.js';
import { startTestApp, TEST_PASSWORD, type TestApp } from './support/test-app.js';

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
