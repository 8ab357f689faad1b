import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { queueAvailabilityReminders } from '../src/modules/availability/availability.jobs.js';
import { Family } from '../src/modules/families/family.entity.js';
import { RecordChange } from '../src/modules/history/record-change.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { deliverDue } from '../src/modules/notifications/delivery.js';
import { smtpMailer } from '../src/modules/notifications/mailer.js';
import { NotificationOutbox, NotificationTemplate } from '../src/modules/notifications/notification-outbox.entity.js';
import { addDays, today } from '../src/shared/dates.js';
import { Role } from '../src/shared/enums.js';
import { Locale } from '../src/shared/locale.js';
import { silentLogger } from '../src/shared/logger.js';
import { createChangeRequest, createChild, createFamily, createUser } from './support/factories.js';
import { startTestSmtp, type TestSmtp } from './support/smtp.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Availability that lapses: a family re-confirms its "accepting placements" and capacity every 90
 * days (AVAILABILITY-CURRENT's parameter), directly and audited; it is reminded 14 days before, once
 * per period, by mail in its language; matching leaves a lapsed family out and says why.
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
beforeEach(() => {
  smtp.received.length = 0;
});

/** A family with an activated account, its availability last confirmed on `confirmedOn` (midday UTC). */
async function familyWithAccount(regionCode: string, confirmedOn?: string, language = Locale.RU) {
  const family = await createFamily(app.orm, { regionCode });
  if (confirmedOn) await em().nativeUpdate(Family, { id: family.id }, { availabilityConfirmedAt: new Date(`${confirmedOn}T12:00:00Z`) });
  const user = await createUser(app.orm, { email: `availability-${++serial}-${Date.now()}@test.kz`, role: Role.FAMILY, familyId: family.id });
  await em().nativeUpdate(User, { id: user.id }, { language });
  return { family, user };
}

const MY_FAMILY = `{ myFamily { id version availabilityConfirmedAt availabilityLapsesOn } }`;
const CONFIRM = `mutation($version: Int!) { confirmMyAvailability(version: $version) { id version availabilityConfirmedAt availabilityLapsesOn } }`;
const codes = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.map((error) => error.extensions?.code);

describe('confirmMyAvailability', () => {
  it('renews the period directly, audited and kept in the record history; a stale version is CONFLICT with nothing written', async () => {
    const { family, user } = await familyWithAccount('AKTOBE', addDays(today(), -100));
    const token = await app.login(user.email);
    const before = await app.request<{ myFamily: { version: number; availabilityLapsesOn: string } }>(MY_FAMILY, {}, token);
    expect(before.data!.myFamily.availabilityLapsesOn).toBe(addDays(today(), -10));

    const stale = await app.request(CONFIRM, { version: before.data!.myFamily.version - 1 }, token);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await em().findOneOrFail(Family, family.id)).availabilityConfirmedAt.toISOString().slice(0, 10)).toBe(addDays(today(), -100));
    expect(await em().count(AuditEvent, { entityId: family.id, action: 'family.confirm-availability' })).toBe(0);

    const confirmed = await app.request<{ confirmMyAvailability: { version: number; availabilityLapsesOn: string } }>(CONFIRM, { version: before.data!.myFamily.version }, token);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.confirmMyAvailability).toMatchObject({ version: before.data!.myFamily.version + 1, availabilityLapsesOn: addDays(today(), 90) });
    expect(await em().find(AuditEvent, { entityId: family.id, action: 'family.confirm-availability' })).toMatchObject([{ actorId: user.id, actorRole: Role.FAMILY, changedFields: ['availabilityConfirmedAt'] }]);
    const [change] = await em().find(RecordChange, { entityId: family.id, action: 'family.confirm-availability' });
    expect(change!.changes.map((field) => field.field)).toEqual(['availabilityConfirmedAt']);
  });

  it('shows staff when the family confirmed and when it lapses; a worker may not confirm for it', async () => {
    const { family } = await familyWithAccount('AKTOBE', '2026-10-01');
    const worker = await createUser(app.orm, { email: `availability-worker-${++serial}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'AKTOBE' });
    const token = await app.login(worker.email);
    const read = await app.request<{ family: { availabilityConfirmedAt: string; availabilityLapsesOn: string } }>(`query($id: ID!) { family(id: $id) { availabilityConfirmedAt availabilityLapsesOn } }`, { id: family.id }, token);
    expect(read.data!.family).toEqual({ availabilityConfirmedAt: '2026-10-01T12:00:00.000Z', availabilityLapsesOn: '2026-12-30' });
    expect(codes(await app.request(CONFIRM, { version: 1 }, token))).toEqual(['FORBIDDEN']);
  });

  it('counts an accepted change of capacity as confirmed when the family sent it; other values still go by review', async () => {
    const { family } = await familyWithAccount('AKTOBE', addDays(today(), -80));
    const request = await createChangeRequest(app.orm, family.id, [{ field: 'capacity', proposed: 2 }]);
    const worker = await createUser(app.orm, { email: `availability-reviewer-${++serial}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'AKTOBE' });
    const stored = await em().findOneOrFail(Family, family.id);
    const reviewed = await app.request(
      `mutation($input: ReviewFamilyChangesInput!) { reviewFamilyChanges(input: $input) { status } }`,
      { input: { id: request.id, version: request.version, familyVersion: stored.version, decisions: [{ field: 'capacity', accept: true }] } },
      await app.login(worker.email),
    );
    expect(reviewed.errors).toBeUndefined();
    const after = await em().findOneOrFail(Family, family.id);
    expect(after.capacity).toBe(2);
    expect(after.availabilityConfirmedAt.getTime()).toBe(request.createdAt.getTime());
  });
});

describe('the reminder', () => {
  it('is queued 14 days before the lapse, once per period however often and wherever the job runs, and mailed in the family\'s language', async () => {
    const { family, user } = await familyWithAccount('KOSTANAY', '2027-01-10', Locale.KK);
    const lapsesOn = '2027-04-10';
    const mine = () => em().find(NotificationOutbox, { recipient: user.email, template: NotificationTemplate.AVAILABILITY_REMINDER });
    await queueAvailabilityReminders(em(), addDays(lapsesOn, -15));
    expect(await mine()).toEqual([]);
    await Promise.all([queueAvailabilityReminders(em(), addDays(lapsesOn, -14)), queueAvailabilityReminders(em(), addDays(lapsesOn, -14))]);
    await queueAvailabilityReminders(em(), addDays(lapsesOn, -3));
    expect((await mine()).map((message) => [message.language, message.payload])).toEqual([[Locale.KK, { lapsesOn }]]);
    // Lapsed: matching says so; no more reminders for this period.
    await em().nativeDelete(NotificationOutbox, { recipient: user.email });
    expect(await queueAvailabilityReminders(em(), lapsesOn)).toBe(0);

    // Confirmed again: the next period has its own reminder.
    await em().nativeUpdate(Family, { id: family.id }, { availabilityConfirmedAt: new Date('2027-04-05T08:00:00Z') });
    await queueAvailabilityReminders(em(), '2027-06-20');
    expect((await mine()).map((message) => message.payload.lapsesOn)).toEqual(['2027-07-04']);

    const run = await deliverDue(app.orm.em, { mailer: smtpMailer(smtp.url, 'Shanyraq <no-reply@shanyraq.test>'), publicUrl: 'https://shanyraq.test', logger: silentLogger, now: () => new Date() });
    expect(run.sent).toBeGreaterThanOrEqual(1);
    const mail = smtp.received.find((each) => each.to.includes(user.email))!;
    expect(mail.subject).toBe('Shanyraq: бала қабылдауға дайындығыңызды растаңыз');
    expect(mail.text).toContain('2027-07-04');
    expect(mail.text).toContain('https://shanyraq.test/family');
    expect(mail.text).not.toContain('Тестов');
  });

  it('is not sent to a family without an active account, nor to one not accepting placements', async () => {
    const silent = await createFamily(app.orm, { regionCode: 'KOSTANAY' });
    await em().nativeUpdate(Family, { id: silent.id }, { availabilityConfirmedAt: new Date('2027-02-01T12:00:00Z') });
    const { family, user } = await familyWithAccount('KOSTANAY', '2027-02-01');
    await em().nativeUpdate(Family, { id: family.id }, { acceptingPlacements: false });
    await queueAvailabilityReminders(em(), '2027-04-25');
    expect(await em().count(NotificationOutbox, { template: NotificationTemplate.AVAILABILITY_REMINDER, dedupeKey: { $like: `%${silent.id}%` } })).toBe(0);
    expect(await em().count(NotificationOutbox, { recipient: user.email })).toBe(0);
  });
});

const CANDIDATES = `query($childId: ID!, $includeIneligible: Boolean) {
  placementCandidates(childId: $childId, form: GUARDIANSHIP, first: 50, includeIneligible: $includeIneligible) {
    eligible family { id } reasons { code outcome message legalBasis }
  }
}`;

interface Candidate {
  eligible: boolean;
  family: { id: string };
  reasons: { code: string; outcome: string; message: string; legalBasis: string }[];
}

describe('matching', () => {
  it('leaves a lapsed family out, and says why when asked for every family', async () => {
    const region = 'JAMBYL';
    const child = await createChild(app.orm, { regionCode: region });
    const current = await createFamily(app.orm, { regionCode: region });
    const lapsed = await createFamily(app.orm, { regionCode: region });
    await em().nativeUpdate(Family, { id: lapsed.id }, { availabilityConfirmedAt: new Date(`${addDays(today(), -91)}T12:00:00Z`) });
    const worker = await createUser(app.orm, { email: `availability-matcher-${++serial}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: region });
    const token = await app.login(worker.email);

    const eligible = await app.request<{ placementCandidates: Candidate[] }>(CANDIDATES, { childId: child.id }, token);
    expect(eligible.errors).toBeUndefined();
    expect(eligible.data!.placementCandidates.map((candidate) => candidate.family.id)).toEqual([current.id]);

    const all = await app.request<{ placementCandidates: Candidate[] }>(CANDIDATES, { childId: child.id, includeIneligible: true }, token);
    const byFamily = new Map(all.data!.placementCandidates.map((candidate) => [candidate.family.id, candidate]));
    expect(byFamily.get(lapsed.id)!.eligible).toBe(false);
    const reason = byFamily.get(lapsed.id)!.reasons.find((each) => each.code === 'AVAILABILITY-CURRENT')!;
    expect(reason).toMatchObject({ outcome: 'FAIL', message: `The family’s availability lapsed on ${addDays(today(), -1)}: last confirmed on ${addDays(today(), -91)}, every 90 days asked` });
    expect(reason.legalBasis).toContain('Matching policy');
    expect(byFamily.get(current.id)!.reasons.find((each) => each.code === 'AVAILABILITY-CURRENT')!.outcome).toBe('PASS');
  });
});
