import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Inquiry } from '../src/modules/inquiries/inquiry.entity.js';
import { addWorkingDays, InquiryDecision, InquiryStatus } from '../src/modules/inquiries/inquiry.rules.js';
import { deliverDue } from '../src/modules/notifications/delivery.js';
import { smtpMailer } from '../src/modules/notifications/mailer.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { TaskKind, TaskStatus, TaskSubjectKind } from '../src/modules/tasks/task.enums.js';
import { sweepTasks } from '../src/modules/tasks/task.sweep.js';
import { addDays, today } from '../src/shared/dates.js';
import { Role } from '../src/shared/enums.js';
import { Locale } from '../src/shared/locale.js';
import { silentLogger } from '../src/shared/logger.js';
import { seedInquiries } from '../seeds/inquiry.seeder.js';
import { Family } from '../src/modules/families/family.entity.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * Inquiries with an SLA: a worker shows a waiting child to a family, the family asks about it, the
 * worker answers within working days with a coded decision; an overdue inquiry is a task closed by
 * the answer; the family is told by mail; figures count response times. Real PostgreSQL and SMTP.
 */

let app: TestApp;
let smtp: TestSmtp;
let serial = 0;
const em = () => app.orm.em.fork();

beforeAll(async () => {
  app = await startTestApp();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await app?.close();
  await smtp?.stop();
});

const codes = (result: GraphQLResponse<unknown>) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field ?? null]);

const SHARE = `mutation($input: ShareChildInput!) { shareChildWithFamily(input: $input) { id status } }`;
const INTEREST = `mutation($id: ID!) { expressInterest(id: $id) { id status dueOn overdue } }`;
const ANSWER = `mutation($input: AnswerInquiryInput!) { answerInquiry(input: $input) { id status decision declineReason answeredAt } }`;
const MINE = `{ inquiries(first: 20) { totalCount edges { node { id status childProfile { age sex siblingsWaiting regionCode } child { id } } } } }`;

const staff = async (regionCode: string, role = Role.SOCIAL_WORKER) => {
  const user = await createUser(app.orm, { email: `inquiry-staff-${++serial}-${Date.now()}@test.kz`, role, regionCode });
  return { user, token: await app.login(user.email) };
};

/** A case of the region: its worker (who owns the family), a family with an account in `language`, a waiting child. */
async function caseIn(regionCode: string, language = Locale.EN) {
  const worker = await staff(regionCode);
  const family = await createFamily(app.orm, { regionCode, assignedWorker: worker.user.id });
  const account = await createUser(app.orm, { email: `inquiry-family-${++serial}-${Date.now()}@test.kz`, role: Role.FAMILY, familyId: family.id });
  await em().nativeUpdate(User, { id: account.id }, { language });
  const child = await createChild(app.orm, { regionCode, birthDate: '2018-02-10', firstName: 'Құпиягүл' });
  return { worker, family, account, familyToken: await app.login(account.email), child };
}

/** Shared by the worker and asked about by the family: an open inquiry's id. */
async function openInquiry(regionCode: string) {
  const world = await caseIn(regionCode);
  const shared = await app.request<{ shareChildWithFamily: { id: string } }>(SHARE, { input: { childId: world.child.id, familyId: world.family.id } }, world.worker.token);
  expect(shared.errors).toBeUndefined();
  const id = shared.data!.shareChildWithFamily.id;
  expect((await app.request(INTEREST, { id }, world.familyToken)).errors).toBeUndefined();
  return { ...world, id };
}

describe('an inquiry from share to answer', () => {
  it('is shared, asked about, overdue as a task, answered with a coded decline, and told to the family by mail', async () => {
    const world = await caseIn('ATYRAU');
    const shared = await app.request<{ shareChildWithFamily: { id: string; status: string } }>(SHARE, { input: { childId: world.child.id, familyId: world.family.id } }, world.worker.token);
    expect(shared.data!.shareChildWithFamily.status).toBe('SHARED');
    const id = shared.data!.shareChildWithFamily.id;

    // The family sees the child as a profile, never the child's record.
    const mine = await app.request<{ inquiries: { totalCount: number; edges: { node: { id: string; childProfile: object; child: null } }[] } }>(MINE, {}, world.familyToken);
    expect(mine.data!.inquiries.edges.map((edge) => edge.node)).toEqual([
      { id, status: 'SHARED', childProfile: { age: Number(today().slice(0, 4)) - 2018 - (today().slice(5) < '02-10' ? 1 : 0), sex: 'FEMALE', siblingsWaiting: 0, regionCode: 'ATYRAU' }, child: null },
    ]);
    expect(mine.errors?.map((error) => [error.extensions?.code, error.path?.slice(-1)[0]])).toEqual([['FORBIDDEN', 'child']]);
    expect(JSON.stringify(mine.data)).not.toContain('Құпиягүл');

    const interest = await app.request<{ expressInterest: { status: string; dueOn: string; overdue: boolean } }>(INTEREST, { id }, world.familyToken);
    expect(interest.data!.expressInterest).toEqual({ id, status: 'OPEN', dueOn: addWorkingDays(today(), 5), overdue: false });
    expect(codes(await app.request(INTEREST, { id }, world.familyToken))).toEqual([['CONFLICT', null]]);

    // Past its day, the sweep makes it the family's worker's task.
    const dueOn = interest.data!.expressInterest.dueOn;
    const taskOf = () => em().find(Task, { kind: TaskKind.INQUIRY_OVERDUE, occurrence: id });
    await sweepTasks(em(), { today: dueOn });
    expect(await taskOf()).toEqual([]);
    await sweepTasks(em(), { today: addDays(dueOn, 1) });
    const [task] = await taskOf();
    expect(task).toMatchObject({ subjectKind: TaskSubjectKind.Family, subjectId: world.family.id, dueOn, status: TaskStatus.OPEN });
    expect(task!.assignee?.id).toBe(world.worker.user.id);

    // Coded errors, nothing written: a decline without its reason, a worker of another region.
    expect(codes(await app.request(ANSWER, { input: { id, decision: 'DECLINED' } }, world.worker.token))).toEqual([['BAD_USER_INPUT', 'declineReason']]);
    expect(codes(await app.request(ANSWER, { input: { id, decision: 'ACCEPTED', declineReason: 'NEEDS_NOT_MET' } }, world.worker.token))).toEqual([['BAD_USER_INPUT', 'declineReason']]);
    const stranger = await staff('ALMATY');
    expect(codes(await app.request(ANSWER, { input: { id, decision: 'ACCEPTED' } }, stranger.token))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await app.request(ANSWER, { input: { id, decision: 'ACCEPTED' } }, world.familyToken))).toEqual([['FORBIDDEN', null]]);
    expect(await em().findOneOrFail(Inquiry, id)).toMatchObject({ status: InquiryStatus.OPEN, decision: null });
    expect(await em().count(AuditEvent, { entityId: id, action: 'inquiry.answer' })).toBe(0);

    const answered = await app.request<{ answerInquiry: { status: string; decision: string; declineReason: string } }>(
      ANSWER, { input: { id, decision: 'DECLINED', declineReason: 'RELATIVES_HAVE_PRIORITY' } }, world.worker.token,
    );
    expect(answered.data!.answerInquiry).toMatchObject({ status: 'DECLINED', decision: 'DECLINED', declineReason: 'RELATIVES_HAVE_PRIORITY' });
    expect(codes(await app.request(ANSWER, { input: { id, decision: 'ACCEPTED' } }, world.worker.token))).toEqual([['CONFLICT', null]]);
    expect(await taskOf()).toMatchObject([{ status: TaskStatus.DONE, closedBy: 'inquiry.answer' }]);
    const trail = await em().find(AuditEvent, { entityId: id }, { orderBy: { at: 'asc' } });
    expect(trail.map((event) => [event.action, event.actorId])).toEqual([
      ['inquiry.share', world.worker.user.id],
      ['inquiry.express-interest', world.account.id],
      ['inquiry.answer', world.worker.user.id],
    ]);

    const [message] = await em().find(NotificationOutbox, { recipient: world.account.email, template: NotificationTemplate.INQUIRY_ANSWERED });
    expect(message!.payload).toEqual({ inquiryId: id, decision: 'DECLINED', reason: 'RELATIVES_HAVE_PRIORITY' });
    await deliverDue(app.orm.em, { mailer: smtpMailer(smtp.url, 'Shanyraq <no-reply@shanyraq.test>'), publicUrl: 'https://shanyraq.test', logger: silentLogger, now: () => new Date() });
    const mail = smtp.received.find((each) => each.to.includes(world.account.email))!;
    expect(mail.subject).toBe('Shanyraq: your inquiry was answered');
    expect(mail.text).toContain('declined — relatives of the child, who have priority, came forward');
    expect(mail.text).not.toContain('Құпиягүл');
  });

  it('accepts for an introduction; the family of another inquiry sees nothing of it', async () => {
    const { id, worker } = await openInquiry('ATYRAU');
    const other = await caseIn('ATYRAU');
    expect(codes(await app.request(`query($id: ID!) { inquiry(id: $id) { id } }`, { id }, other.familyToken))).toEqual([['FORBIDDEN', null]]);
    expect(codes(await app.request(INTEREST, { id }, other.familyToken))).toEqual([['FORBIDDEN', null]]);
    const answered = await app.request<{ answerInquiry: { status: string; declineReason: null } }>(ANSWER, { input: { id, decision: 'ACCEPTED' } }, worker.token);
    expect(answered.data!.answerInquiry).toMatchObject({ status: 'ACCEPTED', declineReason: null });
  });

  it('refuses to share a child not waiting, or a child already shared and not answered', async () => {
    const world = await caseIn('ATYRAU');
    const placed = await createChild(app.orm, { regionCode: 'ATYRAU', status: ChildStatus.IN_FAMILY_PLACEMENT });
    expect(codes(await app.request(SHARE, { input: { childId: placed.id, familyId: world.family.id } }, world.worker.token))).toEqual([['BAD_USER_INPUT', 'childId']]);
    expect((await app.request(SHARE, { input: { childId: world.child.id, familyId: world.family.id } }, world.worker.token)).errors).toBeUndefined();
    expect(codes(await app.request(SHARE, { input: { childId: world.child.id, familyId: world.family.id } }, world.worker.token))).toEqual([['CONFLICT', null]]);
    const elsewhere = await staff('ALMATY');
    expect(codes(await app.request(SHARE, { input: { childId: world.child.id, familyId: world.family.id } }, elsewhere.token))).toEqual([['FORBIDDEN', null]]);
    expect(await em().count(Inquiry, { child: world.child.id })).toBe(1);
  });

  it('lets one of two answers at once win, the other CONFLICT, ten rounds', { timeout: 60_000 }, async () => {
    const colleague = await staff('ATYRAU', Role.SUPERVISOR);
    for (let round = 0; round < 10; round++) {
      const { id, worker } = await openInquiry('ATYRAU');
      const results = await Promise.all([
        app.request(ANSWER, { input: { id, decision: 'ACCEPTED' } }, worker.token),
        app.request(ANSWER, { input: { id, decision: 'DECLINED', declineReason: 'CHILD_NO_LONGER_AVAILABLE' } }, colleague.token),
      ]);
      expect(results.map((result) => (result.errors ? result.errors[0]!.extensions?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
      const stored = await em().findOneOrFail(Inquiry, id);
      const winner = results.findIndex((result) => !result.errors);
      expect(stored.decision).toBe(winner === 0 ? InquiryDecision.ACCEPTED : InquiryDecision.DECLINED);
      expect(await em().count(AuditEvent, { entityId: id, action: 'inquiry.answer' })).toBe(1);
      expect(await em().count(NotificationOutbox, { template: NotificationTemplate.INQUIRY_ANSWERED, recipient: (await em().findOneOrFail(User, { family: stored.family.id })).email })).toBe(1);
    }
  });
});

describe('figures', () => {
  it('give a region the inquiries answered, the median time to answer and those overdue now, from SQL', async () => {
    const region = 'MANGYSTAU';
    const family = await createFamily(app.orm, { regionCode: region });
    const fork = em();
    const at = (day: string, hour = 9) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    for (const [asked, answered] of [['2026-06-01', '2026-06-02'], ['2026-06-03', '2026-06-06'], ['2026-06-10', '2026-06-15'], ['2025-01-10', '2025-01-20']] as const) {
      const child = await createChild(app.orm, { regionCode: region });
      fork.create(Inquiry, { child: child.id, family: family.id, sharedBy: family.id, status: InquiryStatus.ACCEPTED, inquiredAt: at(asked), dueOn: addWorkingDays(asked, 5), answeredAt: at(answered), decision: InquiryDecision.ACCEPTED });
    }
    for (const dueOn of [addDays(today(), -1), addDays(today(), 2)]) {
      const child = await createChild(app.orm, { regionCode: region });
      fork.create(Inquiry, { child: child.id, family: family.id, sharedBy: family.id, status: InquiryStatus.OPEN, inquiredAt: at(addDays(dueOn, -7)), dueOn });
    }
    await fork.flush();
    const admin = await staff(region, Role.ADMIN);
    const figures = await app.request<{ regionFigures: Record<string, unknown> }>(
      `query { regionFigures(regionCode: "${region}", from: "2026-01-01", to: "2026-12-31") { inquiriesAnswered medianDaysToAnswerInquiry inquiriesOverdue } }`, {}, admin.token,
    );
    expect(figures.errors).toBeUndefined();
    expect(figures.data!.regionFigures).toEqual({ inquiriesAnswered: 3, medianDaysToAnswerInquiry: 3, inquiriesOverdue: 1 });
  });
});

describe('the demo inquiries', () => {
  it('give every region a child shared, one asked, one overdue (a task after the sweep) and one declined, and families whose availability lapses soon or has lapsed', async () => {
    const demo = await startTestApp();
    try {
      const regions = ['ASTANA', 'TURKISTAN'];
      for (const regionCode of regions) {
        for (let n = 0; n < 4; n++) await createChild(demo.orm, { regionCode });
        for (let n = 0; n < 4; n++) await createFamily(demo.orm, { regionCode });
      }
      const day = today();
      await seedInquiries(demo.orm.em.fork(), day);
      await sweepTasks(demo.orm.em.fork(), { today: day });
      const fork = demo.orm.em.fork();
      for (const regionCode of regions) {
        const inquiries = await fork.find(Inquiry, { child: { region: regionCode } });
        expect(inquiries.map((inquiry) => `${inquiry.status}${inquiry.dueOn !== undefined && inquiry.dueOn < day ? ' past due day' : ''}`).sort(), regionCode).toEqual([
          'DECLINED past due day', 'OPEN', 'OPEN past due day', 'SHARED',
        ]);
        const overdue = inquiries.find((inquiry) => inquiry.status === InquiryStatus.OPEN && inquiry.dueOn! < day)!;
        expect(await fork.count(Task, { kind: TaskKind.INQUIRY_OVERDUE, occurrence: overdue.id })).toBe(1);
        const confirmed = (await fork.find(Family, { region: regionCode }, { orderBy: { id: 'asc' } })).map((family) => today(family.availabilityConfirmedAt));
        expect(confirmed.slice(0, 3)).toEqual([80, 85, 95].map((days) => addDays(day, -days)));
      }
      // Seeded once: a second start adds nothing.
      await seedInquiries(demo.orm.em.fork(), day);
      expect(await demo.orm.em.fork().count(Inquiry, {})).toBe(regions.length * 4);
    } finally {
      await demo.close();
    }
  });
});
