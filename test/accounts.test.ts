import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { AccountToken, AccountTokenPurpose } from '../src/modules/identity/account-token.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { MentorshipStatus } from '../src/modules/mentorships/mentorship.enums.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { Role } from '../src/shared/enums.js';
import { createAccountToken, createChild, createFamily, createMentor, createUser } from './support/factories.js';
import { startTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from './support/test-app.js';

/** Accounts over HTTP: staff accounts, invitations, activation and reset by one-time tokens, the password policy, the MENTOR role. */

let app: TestApp;
let admin: string;
let worker: string;
let coordinator: string;
const GOOD = 'steppe-lantern-wind-42';
let serial = 0;
const email = (stem: string) => `${stem}-${++serial}-${Date.now()}@test.kz`;

beforeAll(async () => {
  app = await startTestApp();
  for (const [role, address, regionCode] of [[Role.ADMIN, 'acc-admin@test.kz'], [Role.SOCIAL_WORKER, 'acc-worker@test.kz', 'ASTANA'], [Role.MENTOR_COORDINATOR, 'acc-coordinator@test.kz', 'ASTANA']] as const) {
    await createUser(app.orm, { email: address, role, regionCode });
  }
  [admin, worker, coordinator] = [await app.login('acc-admin@test.kz'), await app.login('acc-worker@test.kz'), await app.login('acc-coordinator@test.kz')];
});

afterAll(() => app?.close());

const error = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions;
const ask = (document: string, variables?: Record<string, unknown>, token?: string) => app.request<Record<string, any>>(document, variables, token);
const em = () => app.orm.em.fork();

/** The one-time token the outbox holds for this recipient (the channel would email it). */
async function tokenSentTo(recipient: string, template: NotificationTemplate): Promise<string> {
  const rows = await em().find(NotificationOutbox, { recipient, template }, { orderBy: { createdAt: 'desc' } });
  expect(rows[0], `a ${template} message to ${recipient}`).toBeDefined();
  return rows[0]!.payload.token!;
}

const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id email role regionCode districtCode activated disabled } }`;
const ACTIVATE = `mutation($token: String!, $password: String!) { activateAccount(token: $token, password: $password) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const ME = `{ me { id role regionCode districtCode } }`;

describe('staff accounts', () => {
  it('are created without a password, with an activation link in the outbox, sealed; the account sets its password once', async () => {
    const address = email('new-worker');
    const created = await ask(CREATE, { input: { email: address.toUpperCase(), displayName: 'Жаңа қызметкер', role: 'SOCIAL_WORKER', regionCode: 'ASTANA', districtCode: 'ASTANA-YESIL' } }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createStaffAccount).toMatchObject({ email: address, role: 'SOCIAL_WORKER', regionCode: 'ASTANA', districtCode: 'ASTANA-YESIL', activated: false, disabled: false });
    const id = created.data!.createStaffAccount.id;

    const token = await tokenSentTo(address, NotificationTemplate.ACCOUNT_ACTIVATION);
    const [raw] = await em().getConnection().execute(`select payload, sent_at from notification_outbox where recipient = ?`, [address]);
    expect(raw.payload).not.toContain(token);
    expect(raw.sent_at).toBeNull();
    const [stored] = await em().getConnection().execute(`select token_hash from account_token where user_id = ?`, [id]);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toContain(token);
    // No password signs in to an account not yet activated.
    expect(error(await ask(`mutation { login(email: "${address}", password: "${GOOD}") { token } }`))?.code).toBe('UNAUTHENTICATED');

    const weak = await ask(ACTIVATE, { token, password: 'Password2026!' });
    expect(error(weak)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const named = await ask(ACTIVATE, { token, password: `${address.split('@')[0]}-and-more` });
    expect(error(named)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    // A refused password spends nothing: the same link still works.
    expect((await ask(ACTIVATE, { token, password: GOOD })).data!.activateAccount).toBe(true);
    const again = await ask(ACTIVATE, { token, password: 'another-good-passphrase' });
    expect(error(again)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const session = await app.login(address, GOOD);
    expect((await ask(ME, {}, session)).data!.me).toMatchObject({ id, role: 'SOCIAL_WORKER', regionCode: 'ASTANA', districtCode: 'ASTANA-YESIL' });
    const actions = (await em().find(AuditEvent, { entityId: id }, { orderBy: { id: 'asc' } })).map((event) => [event.action, event.actorId]);
    expect(actions.slice(0, 2)).toEqual([['user.create-staff', expect.any(String)], ['user.activate', id]]);
  });

  it('refuse an expired token and write nothing', async () => {
    const user = await createUser(app.orm, { email: email('late'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await createAccountToken(app.orm, user.id, AccountTokenPurpose.ACTIVATION, new Date(Date.now() - 1000));
    const result = await ask(ACTIVATE, { token, password: GOOD });
    expect(error(result)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect((await em().findOneOrFail(User, user.id)).passwordHash).toBe(user.passwordHash);
    expect(await em().count(AuditEvent, { entityId: user.id })).toBe(0);
    // A reset token does not activate, nor an activation token reset.
    const reset = await createAccountToken(app.orm, user.id, AccountTokenPurpose.PASSWORD_RESET);
    expect(error(await ask(ACTIVATE, { token: reset, password: GOOD }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('of one token used twice at once: one wins', async () => {
    const user = await createUser(app.orm, { email: email('race'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await createAccountToken(app.orm, user.id, AccountTokenPurpose.ACTIVATION);
    const results = await Promise.all([ask(ACTIVATE, { token, password: GOOD }), ask(ACTIVATE, { token, password: 'other-good-passphrase' })]);
    expect(results.filter((result) => result.data?.activateAccount === true)).toHaveLength(1);
    expect(results.filter((result) => error(result)?.field === 'token')).toHaveLength(1);
    expect(await em().count(AuditEvent, { entityId: user.id, action: 'user.activate' })).toBe(1);
  });

  it.each([
    [{ role: 'ADMIN', regionCode: 'ASTANA' }, 'regionCode'],
    [{ role: 'SOCIAL_WORKER' }, 'regionCode'],
    [{ role: 'SOCIAL_WORKER', regionCode: 'NOWHERE' }, 'regionCode'],
    [{ role: 'SOCIAL_WORKER', regionCode: 'ALMATY', districtCode: 'ASTANA-YESIL' }, 'districtCode'],
    [{ role: 'FAMILY', regionCode: 'ASTANA' }, 'role'],
  ])('refuse a bad placement %j, writing nothing', async (placement, field) => {
    const address = email('bad');
    const result = await ask(CREATE, { input: { email: address, displayName: 'Қате', ...placement } }, admin);
    expect(error(result)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await em().count(User, { email: address })).toBe(0);
    expect(await em().count(NotificationOutbox, { recipient: address })).toBe(0);
  });

  it('refuse an email in use', async () => {
    const result = await ask(CREATE, { input: { email: 'acc-worker@test.kz', displayName: 'Екі', role: 'ADMIN' } }, admin);
    expect(error(result)).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('change at once on edit; disabling ends the sessions, enabling does not bring them back', async () => {
    const address = email('moved');
    const user = await createUser(app.orm, { email: address, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA', districtCode: 'ASTANA-YESIL' });
    const session = await app.login(address);
    const moved = await ask(`mutation($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { regionCode districtCode role } }`, { input: { id: user.id, regionCode: 'ALMATY' } }, admin);
    expect(moved.data!.updateStaffAccount).toEqual({ regionCode: 'ALMATY', districtCode: null, role: 'SOCIAL_WORKER' });
    expect((await ask(ME, {}, session)).data!.me).toMatchObject({ regionCode: 'ALMATY', districtCode: null });

    expect((await ask(`mutation($id: ID!) { disableAccount(id: $id) { disabled } }`, { id: user.id }, admin)).data!.disableAccount.disabled).toBe(true);
    expect(error(await ask(ME, {}, session))?.code).toBe('UNAUTHENTICATED');
    expect((await ask(`mutation($id: ID!) { enableAccount(id: $id) { disabled } }`, { id: user.id }, admin)).data!.enableAccount.disabled).toBe(false);
    expect(error(await ask(ME, {}, session))?.code).toBe('UNAUTHENTICATED');
    expect(await app.login(address)).toBeTruthy();
  });

  it('do not let an administrator disable or demote itself', async () => {
    const me = (await ask(ME, {}, admin)).data!.me;
    expect(error(await ask(`mutation($id: ID!) { disableAccount(id: $id) { id } }`, { id: me.id }, admin))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const demoted = await ask(`mutation($input: UpdateStaffAccountInput!) { updateStaffAccount(input: $input) { id } }`, { input: { id: me.id, role: 'SOCIAL_WORKER', regionCode: 'ASTANA' } }, admin);
    expect(error(demoted)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('are listed for administrators by role, region and state, without families and mentors', async () => {
    const region = 'ULYTAU';
    const active = await createUser(app.orm, { email: email('ulytau'), role: Role.SOCIAL_WORKER, regionCode: region });
    const off = await createUser(app.orm, { email: email('ulytau-off'), role: Role.SOCIAL_WORKER, regionCode: region, disabled: true });
    await createUser(app.orm, { email: email('ulytau-coordinator'), role: Role.MENTOR_COORDINATOR, regionCode: region });
    const list = `query($filter: StaffAccountFilter) { staffAccounts(first: 100, filter: $filter) { totalCount edges { node { id role } } } }`;
    const workers = await ask(list, { filter: { regionCode: region, role: 'SOCIAL_WORKER' } }, admin);
    expect(workers.data!.staffAccounts.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([active.id, off.id]);
    const disabled = await ask(list, { filter: { regionCode: region, disabled: true } }, admin);
    expect(disabled.data!.staffAccounts.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([off.id]);
    const all = await ask(list, {}, admin);
    expect(all.data!.staffAccounts.edges.map((edge: { node: { role: string } }) => edge.node.role)).not.toContain('FAMILY');
    expect(error(await ask(list, {}, worker))?.code).toBe('FORBIDDEN');
  });
});

const INVITE_FAMILY = `mutation($familyId: ID!, $email: String!) { inviteFamily(familyId: $familyId, email: $email) { accountId expiresAt } }`;

describe('inviting a family', () => {
  it('creates a FAMILY account bound to the family, valid 72 hours, which activates and sees its own family', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const address = email('family');
    const before = Date.now();
    const invited = await ask(INVITE_FAMILY, { familyId: family.id, email: address }, worker);
    expect(invited.errors).toBeUndefined();
    const expiresIn = new Date(invited.data!.inviteFamily.expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThan(72 * 3_600_000 - 60_000);
    expect(expiresIn).toBeLessThanOrEqual(72 * 3_600_000 + 60_000);
    const account = await em().findOneOrFail(User, invited.data!.inviteFamily.accountId);
    expect(account).toMatchObject({ role: Role.FAMILY, email: address });
    expect(account.family?.id).toBe(family.id);

    expect((await ask(ACTIVATE, { token: await tokenSentTo(address, NotificationTemplate.ACCOUNT_ACTIVATION), password: GOOD })).data!.activateAccount).toBe(true);
    const session = await app.login(address, GOOD);
    expect((await ask(`{ myFamily { id } }`, {}, session)).data!.myFamily.id).toBe(family.id);
  });

  it('refuses a family that has an account, an unknown family, and another region’s, writing nothing', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    expect((await ask(INVITE_FAMILY, { familyId: family.id, email: email('first') }, worker)).errors).toBeUndefined();
    const users = await em().count(User, {});
    const messages = await em().count(NotificationOutbox, {});

    const second = email('second');
    expect(error(await ask(INVITE_FAMILY, { familyId: family.id, email: second }, worker))?.code).toBe('CONFLICT');
    expect(error(await ask(INVITE_FAMILY, { familyId: '01900000-0000-7000-8000-000000000000', email: second }, worker))?.code).toBe('NOT_FOUND');
    const elsewhere = await createFamily(app.orm, { regionCode: 'ALMATY' });
    expect(error(await ask(INVITE_FAMILY, { familyId: elsewhere.id, email: second }, worker))?.code).toBe('FORBIDDEN');
    expect([await em().count(User, {}), await em().count(NotificationOutbox, {})]).toEqual([users, messages]);
  });

  it('lets one of two invitations of one family at once through', async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const results = await Promise.all([email('one'), email('two')].map((address) => ask(INVITE_FAMILY, { familyId: family.id, email: address }, worker)));
    expect(results.map((result) => (result.errors ? error(result)?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await em().count(User, { family: family.id })).toBe(1);
  });
});

describe('password reset', () => {
  const REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

  it('answers alike whether the email exists; the link sets a new password once and ends every session', async () => {
    const address = email('forgetful');
    await createUser(app.orm, { email: address, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const session = await app.login(address);
    const unknown = email('nobody');
    const [known, stranger] = [await ask(REQUEST, { email: address }), await ask(REQUEST, { email: unknown })];
    expect(known).toEqual(stranger);
    expect(known.data!.requestPasswordReset).toBe(true);
    expect(await em().count(NotificationOutbox, { recipient: unknown })).toBe(0);

    const token = await tokenSentTo(address, NotificationTemplate.PASSWORD_RESET);
    expect(error(await ask(RESET, { token, password: 'qwertyuiop1234' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await ask(RESET, { token, password: GOOD })).data!.resetPassword).toBe(true);
    expect(error(await ask(ME, {}, session))?.code).toBe('UNAUTHENTICATED');
    expect(error(await ask(RESET, { token, password: 'yet-another-passphrase' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await app.login(address, GOOD)).toBeTruthy();
    expect(error(await ask(`mutation { login(email: "${address}", password: "${TEST_PASSWORD}") { token } }`))?.code).toBe('UNAUTHENTICATED');
  });

  it('a new link makes the earlier one stop working', async () => {
    const user = await createUser(app.orm, { email: email('twice'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    await ask(REQUEST, { email: user.email });
    const first = await tokenSentTo(user.email, NotificationTemplate.PASSWORD_RESET);
    await ask(REQUEST, { email: user.email });
    expect(error(await ask(RESET, { token: first, password: GOOD }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
    expect(await em().count(AccountToken, { user: user.id, usedAt: null })).toBe(1);
  });

  it('takes one password mutation per request', async () => {
    const result = await ask(`mutation { a: resetPassword(token: "x", password: "${GOOD}") b: activateAccount(token: "y", password: "${GOOD}") }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
  });
});

describe('a mentor', () => {
  it('is invited by its coordinator and sees only its own mentorships, their children without case files, and records their meetings', async () => {
    const mentor = await createMentor(app.orm, { regionCode: 'ASTANA', maxMentees: 4 });
    const address = email('mentor');
    const invited = await ask(`mutation($mentorId: ID!, $email: String!) { inviteMentor(mentorId: $mentorId, email: $email) { accountId } }`, { mentorId: mentor.id, email: address }, coordinator);
    expect(invited.errors).toBeUndefined();
    expect((await ask(ACTIVATE, { token: await tokenSentTo(address, NotificationTemplate.ACCOUNT_ACTIVATION), password: GOOD })).data!.activateAccount).toBe(true);
    const session = await app.login(address, GOOD);

    const other = await createMentor(app.orm, { regionCode: 'ASTANA' });
    const [mine, theirs] = [await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2013-01-01' }), await createChild(app.orm, { regionCode: 'ASTANA', birthDate: '2013-01-01' })];
    const writer = em();
    const own = writer.create(Mentorship, { mentor: mentor.id, child: mine.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10' });
    const foreign = writer.create(Mentorship, { mentor: other.id, child: theirs.id, status: MentorshipStatus.ACTIVE, startedAt: '2026-01-10' });
    await writer.flush();

    const list = await ask(`{ mentorships(first: 100) { edges { node { id child { id lastName iin } } } } }`, {}, session);
    expect(list.data!.mentorships.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([own.id]);
    expect(list.data!.mentorships.edges[0].node.child).toMatchObject({ id: mine.id, lastName: mine.lastName, iin: null });
    expect(list.errors?.map((e) => [e.path?.at(-1), e.extensions?.code])).toEqual([['iin', 'FORBIDDEN']]);
    expect(error(await ask(`query($id: ID!) { mentorship(id: $id) { id } }`, { id: foreign.id }, session))?.code).toBe('FORBIDDEN');
    expect(error(await ask(`query($id: ID!) { child(id: $id) { id } }`, { id: mine.id }, session))?.code).toBe('FORBIDDEN');

    const record = `mutation($input: RecordMentorshipMeetingInput!) { recordMentorshipMeeting(input: $input) { id } }`;
    const meeting = { date: '2026-02-01', durationMinutes: 60, kind: 'IN_PERSON', notes: 'synthetic: we read a book' };
    expect((await ask(record, { input: { mentorshipId: own.id, ...meeting } }, session)).errors).toBeUndefined();
    expect(error(await ask(record, { input: { mentorshipId: foreign.id, ...meeting } }, session))?.code).toBe('FORBIDDEN');
  });
});
