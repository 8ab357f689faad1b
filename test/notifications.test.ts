import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { withDatabaseName } from '../src/db/databases.js';
import { startJobRunner, type JobRunner } from '../src/jobs/job-runner.js';
import { deliveryJob } from '../src/modules/notifications/delivery.job.js';
import { deliverDue, outboxBacklog } from '../src/modules/notifications/delivery.js';
import { smtpMailer, type Mailer } from '../src/modules/notifications/mailer.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { queueNotification } from '../src/modules/notifications/outbox.js';
import { Role } from '../src/shared/enums.js';
import { Locale } from '../src/shared/locale.js';
import { silentLogger } from '../src/shared/logger.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The outbox delivered by SMTP to a real mail server started here: in each recipient's language,
 * with nothing of a child in it; nothing lost while the server refuses or is down; nothing sent
 * twice by two senders at once; pg-boss sending at once on commit. The process killed in the
 * middle of sending is test/notification-crash.test.ts.
 */

const PUBLIC_URL = 'https://shanyraq.test';
let app: TestApp;
let smtp: TestSmtp;
let mailer: Mailer;
let admin: string;
let serial = 0;
const address = (stem: string) => `${stem}-${++serial}-${Date.now()}@test.kz`;
const em = () => app.orm.em.fork();

beforeAll(async () => {
  app = await startTestApp({ publicUrl: PUBLIC_URL });
  smtp = await startTestSmtp();
  mailer = smtpMailer(smtp.url, 'Shanyraq <no-reply@shanyraq.test>');
  await createUser(app.orm, { email: 'mail-admin@test.kz', role: Role.ADMIN });
  admin = await app.login('mail-admin@test.kz');
});

afterAll(async () => {
  mailer?.close();
  await smtp?.stop();
  await app?.close();
});

beforeEach(async () => {
  // Each test sends its own messages: what earlier ones left waiting is out of the way.
  await em().getConnection().execute(`update notification_outbox set sent_at = now() where sent_at is null`);
  smtp.received.length = 0;
  smtp.answer = { accept: true };
});

const deliver = (at: Date) => deliverDue(app.orm.em, { mailer, publicUrl: PUBLIC_URL, logger: silentLogger, now: () => at });

async function requestReset(email: string) {
  const result = await app.request('mutation($email: String!) { requestPasswordReset(email: $email) }', { email });
  expect(result.errors).toBeUndefined();
}

describe('delivery by SMTP', () => {
  it("sends each message once, in its recipient's language, with its link and the kind of event only", async () => {
    const people = await Promise.all(
      [Locale.KK, Locale.RU, Locale.EN].map(async (language) => {
        const user = await createUser(app.orm, { email: address(`lang-${language}`), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
        const signedIn = await app.login(user.email);
        expect((await app.request('mutation($l: Locale!) { setMyLanguage(language: $l) { language } }', { l: language.toUpperCase() }, signedIn)).data).toEqual({ setMyLanguage: { language: language.toUpperCase() } });
        await requestReset(user.email);
        return { email: user.email, language };
      }),
    );
    // A family invited by its worker: the mail names no one of the family, nor any child.
    const family = await createFamily(app.orm, { regionCode: 'ASTANA', address: 'ул. Секретная, 7' });
    const worker = await createUser(app.orm, { email: address('inviter'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const familyEmail = address('family');
    const invited = await app.request('mutation($id: ID!, $email: String!) { inviteFamily(familyId: $id, email: $email) { accountId } }', { id: family.id, email: familyEmail }, await app.login(worker.email));
    expect(invited.errors).toBeUndefined();

    const run = await deliver(new Date());
    expect(run).toMatchObject({ sent: 4, failed: 0 });
    expect(smtp.received).toHaveLength(4);
    const rows = await em().find(NotificationOutbox, { recipient: { $in: [...people.map((p) => p.email), familyEmail] } });
    expect(rows.every((row) => row.sentAt && row.attempts === 1 && row.lastError === null)).toBe(true);
    expect(new Set(smtp.received.map((mail) => mail.messageId))).toEqual(new Set(rows.map((row) => `<${row.id}@shanyraq>`)));

    const subjects = { [Locale.KK]: 'Shanyraq: құпиясөзді қалпына келтіру', [Locale.RU]: 'Shanyraq: сброс пароля', [Locale.EN]: 'Shanyraq: password reset' };
    for (const person of people) {
      const mail = smtp.received.find((each) => each.to.includes(person.email))!;
      const row = rows.find((each) => each.recipient === person.email)!;
      expect(mail.subject).toBe(subjects[person.language]);
      expect(mail.text).toContain(`${PUBLIC_URL}/reset-password?token=${row.payload.token}`);
    }
    const invitation = smtp.received.find((mail) => mail.to.includes(familyEmail))!;
    expect(invitation.subject).toBe('Shanyraq: активируйте учётную запись');
    const [applicant] = await em().getConnection().execute(`select last_name, first_name from family_applicant where family_id = ?`, [family.id]);
    for (const personal of [applicant.last_name, applicant.first_name, 'Секретная', family.id]) expect(invitation.text).not.toContain(personal);
    // What a message carries: its token and expiry, nothing else.
    for (const row of rows) expect(Object.keys(row.payload).sort()).toEqual(['expiresAt', 'token']);

    expect(await deliver(new Date())).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(4);
  });

  it('loses nothing while the server refuses: each attempt recorded, retried by back-off, sent once when it accepts', async () => {
    const recipients = [address('refused'), address('refused'), address('refused')];
    for (const email of recipients) await createUser(app.orm, { email, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    for (const email of recipients) await requestReset(email);
    const start = new Date();
    smtp.answer = { refuse: 451 };
    expect(await deliver(start)).toMatchObject({ sent: 0, failed: 3 });
    let rows = await em().find(NotificationOutbox, { recipient: { $in: recipients } });
    expect(rows.map((row) => [row.attempts, row.lastError, row.sentAt ?? null])).toEqual(Array(3).fill([1, 'SMTP 451', null]));
    expect(rows.every((row) => row.nextAttemptAt.getTime() === start.getTime() + 30_000)).toBe(true);
    expect((await outboxBacklog(em(), start)).retrying).toBe(3);

    // Before the back-off ends nothing is tried, even with the server back.
    smtp.answer = { accept: true };
    expect(await deliver(new Date(start.getTime() + 10_000))).toMatchObject({ sent: 0, failed: 0 });
    // A second refusal doubles the wait.
    smtp.answer = { refuse: 550 };
    expect(await deliver(new Date(start.getTime() + 31_000))).toMatchObject({ sent: 0, failed: 3 });
    rows = await em().find(NotificationOutbox, { recipient: { $in: recipients } });
    expect(rows.every((row) => row.attempts === 2 && row.lastError === 'SMTP 550' && row.nextAttemptAt.getTime() === start.getTime() + 31_000 + 60_000)).toBe(true);

    smtp.answer = { accept: true };
    expect(await deliver(new Date(start.getTime() + 92_000))).toMatchObject({ sent: 3, failed: 0 });
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual([...recipients].sort());
    rows = await em().find(NotificationOutbox, { recipient: { $in: recipients } });
    expect(rows.every((row) => row.sentAt && row.attempts === 3)).toBe(true);
    expect((await outboxBacklog(em())).unsent).toBe(0);
  });

  it('loses nothing while the server is down, and sends each message once when it is back', async () => {
    const recipients = [address('down'), address('down')];
    for (const email of recipients) await createUser(app.orm, { email, role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    for (const email of recipients) await requestReset(email);
    await smtp.stop();
    const start = new Date();
    expect(await deliver(start)).toMatchObject({ sent: 0, failed: 2 });
    const rows = await em().find(NotificationOutbox, { recipient: { $in: recipients } });
    expect(rows.map((row) => row.lastError)).toEqual(['ESOCKET', 'ESOCKET']);
    await smtp.restart();
    expect(await deliver(new Date(start.getTime() + 30_000))).toMatchObject({ sent: 2, failed: 0 });
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual([...recipients].sort());
  });

  it('never sends a message twice when two senders run at once', async () => {
    const user = await createUser(app.orm, { email: address('busy'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const writer = em();
    const ids = Array.from({ length: 30 }, (_, n) => queueNotification(writer, user, NotificationTemplate.PASSWORD_RESET, { token: `token-${n}`, expiresAt: new Date().toISOString() }).id);
    await writer.flush();
    const second = smtpMailer(smtp.url, 'Shanyraq <no-reply@shanyraq.test>');
    try {
      const now = new Date(Date.now() + 1_000);
      const runs = await Promise.all([deliver(now), deliverDue(app.orm.em, { mailer: second, publicUrl: PUBLIC_URL, logger: silentLogger, now: () => now })]);
      expect(runs[0].sent + runs[1].sent).toBe(30);
    } finally {
      second.close();
    }
    expect(smtp.received.map((mail) => mail.messageId).sort()).toEqual(ids.map((id) => `<${id}@shanyraq>`).sort());
  });
});

describe('the delivery job on pg-boss', () => {
  let runner: JobRunner | undefined;
  afterAll(() => runner?.stop());

  it('sends a committed message at once, and never one whose transaction rolled back', { timeout: 60_000 }, async () => {
    const databaseUrl = withDatabaseName(inject('databaseUrl'), app.orm.config.get('dbName')!);
    const jobMailer = smtpMailer(smtp.url, 'Shanyraq <no-reply@shanyraq.test>');
    runner = await startJobRunner(databaseUrl, app.orm, silentLogger, [deliveryJob(databaseUrl, jobMailer, PUBLIC_URL)]);
    const user = await createUser(app.orm, { email: address('queued'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });

    await em().transactional(async (tx) => {
      queueNotification(tx, user, NotificationTemplate.PASSWORD_RESET, { token: 'rolled-back', expiresAt: new Date().toISOString() });
      await tx.flush();
      throw new Error('the change failed');
    }).catch(() => {});
    await requestReset(user.email);

    for (const since = Date.now(); smtp.received.length === 0; await sleep(100)) {
      if (Date.now() - since > 20_000) throw new Error('nothing was delivered');
    }
    await sleep(1_500);
    expect(smtp.received.map((mail) => mail.to)).toEqual([[user.email]]);
    expect(smtp.received[0]!.text).not.toContain('rolled-back');
    expect(await em().count(NotificationOutbox, { recipient: user.email })).toBe(1);
  });
});

describe('placement steps', () => {
  it("tell the family's account of each step, with the step and a link only", async () => {
    const family = await createFamily(app.orm, { regionCode: 'ASTANA' });
    const account = await createUser(app.orm, { email: address('family-steps'), role: Role.FAMILY, familyId: family.id });
    const child = await createChild(app.orm, { regionCode: 'ASTANA', lastName: 'Тайнова' });
    const worker = await createUser(app.orm, { email: address('steps-worker'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    const token = await app.login(worker.email);
    const proposed = await app.request<{ proposePlacement: { id: string; version: number } }>(
      'mutation($input: ProposePlacementInput!) { proposePlacement(input: $input) { id version } }', { input: { childId: child.id, familyId: family.id, form: 'GUARDIANSHIP' } }, token);
    expect(proposed.errors).toBeUndefined();
    const { id, version } = proposed.data!.proposePlacement;
    const introduced = await app.request('mutation($input: PlacementStepInput!) { startPlacementIntroduction(input: $input) { id } }', { input: { placementId: id, version } }, token);
    expect(introduced.errors).toBeUndefined();
    const messages = await em().find(NotificationOutbox, { recipient: account.email });
    expect(messages.map((message) => [message.template, message.payload])).toEqual([[NotificationTemplate.PLACEMENT_STEP, { placementId: id, step: 'INTRODUCTION' }]]);
    expect(await deliver(new Date(Date.now() + 1_000))).toMatchObject({ failed: 0 });
    const mail = smtp.received.find((each) => each.to.includes(account.email))!;
    expect(mail.text).toContain('знакомство');
    expect(mail.text).toContain(`${PUBLIC_URL}/placements/${id}`);
    expect(mail.text).not.toContain('Тайнова');
  });
});

describe('metrics', () => {
  it('show the outbox backlog and the job queue on /metrics', async () => {
    const user = await createUser(app.orm, { email: address('metrics'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    await requestReset(user.email);
    const text = await (await fetch(app.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/^shanyraq_outbox_messages\{state="unsent"\} 1$/m);
    expect(text).toMatch(/^shanyraq_outbox_oldest_unsent_seconds \d+$/m);
    // The pg-boss test above made the queue's schema: its queues are there.
    expect(text).toContain('# TYPE shanyraq_job_queue_jobs gauge');
  });
});

describe('reading the outbox', () => {
  it('shows administrators what waits, with the text itself while no mail server is configured', async () => {
    const user = await createUser(app.orm, { email: address('read'), role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
    await requestReset(user.email);
    const result = await app.request<{ outboxMessages: { edges: { node: Record<string, unknown> }[] } }>(
      'query($email: String!) { outboxMessages(first: 10, filter: { recipient: $email, pending: true }) { edges { node { recipient template language attempts sentAt subject body } } } }',
      { email: user.email },
      admin,
    );
    expect(result.errors).toBeUndefined();
    const [message] = result.data!.outboxMessages.edges.map((edge) => edge.node);
    const row = await em().findOneOrFail(NotificationOutbox, { recipient: user.email });
    expect(message).toMatchObject({ recipient: user.email, template: 'password-reset', language: 'RU', attempts: 0, sentAt: null, subject: 'Shanyraq: сброс пароля' });
    expect(message!.body).toContain(`${PUBLIC_URL}/reset-password?token=${row.payload.token}`);
  });
});
