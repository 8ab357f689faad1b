import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { Family } from '../src/modules/families/family.entity.js';
import { addDays, addYears, today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { normalizeSearchText } from '../src/shared/search-text.js';
import { ApprovalOutcomeDocument, AssessFamilyDocument, FamilyStatusDocument, FamilyStatusesDocument } from './generated/graphql.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { uniqueName } from './support/world.js';

/**
 * Issue 8 item 3: an approval whose 12-month re-check date has passed without a new decision reads
 * EXPIRED everywhere: the record, the lists and their filters, matching. Nothing flips the stored
 * decision; the status is computed from the dates on every read, so no reader sees a stale APPROVED.
 */

let app: TestApp;
let worker: string;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'expiry.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  worker = await app.login('expiry.worker@test.kz');
});

afterAll(() => app?.close());

/** A family approved on `approvedAt`, for 12 months, with a name of its own to find it by. */
async function approvedFamily(approvedAt: string, name = uniqueName('Мерзімді')) {
  const family = await createFamily(app.orm, {
    decidedStatus: AssessmentStatus.APPROVED,
    approvedAt,
    approvalExpiresAt: addYears(approvedAt, 1),
    searchName: normalizeSearchText(name),
  });
  return { id: family.id, name };
}

const statusOf = async (id: string) => {
  const result = await app.request(FamilyStatusDocument, { id }, worker);
  expect(result.errors).toBeUndefined();
  return result.data!.family;
};

async function listed(search: string, assessmentStatus?: AssessmentStatus[]) {
  const result = await app.request(FamilyStatusesDocument, { first: 10, filter: { search, ...(assessmentStatus ? { assessmentStatus } : {}) } }, worker);
  expect(result.errors).toBeUndefined();
  return result.data!.families.edges.map((edge) => edge.node);
}

describe('a lapsed approval', () => {
  const lapsedOn = addDays(today(), -1);

  it('reads EXPIRED on the record, the day after its last day, and APPROVED through that day', async () => {
    const lapsed = await approvedFamily(addYears(lapsedOn, -1));
    const lastDay = await approvedFamily(addYears(today(), -1));
    expect(await statusOf(lapsed.id)).toMatchObject({ assessmentStatus: 'EXPIRED', approvalExpiresAt: lapsedOn });
    expect(await statusOf(lastDay.id)).toMatchObject({ assessmentStatus: 'APPROVED', approvalExpiresAt: today() });
    // The decision itself is kept as recorded: a new decision, not a job, changes it.
    expect((await app.orm.em.fork().findOneOrFail(Family, { id: lapsed.id })).decidedStatus).toBe(AssessmentStatus.APPROVED);
  });

  it('is listed, and filtered, as EXPIRED and never as APPROVED', async () => {
    const stem = uniqueName('Тізім');
    const lapsed = await approvedFamily(addYears(lapsedOn, -1), `${stem} бірінші`);
    const current = await approvedFamily(addDays(today(), -30), `${stem} екінші`);
    const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id).sort();

    expect(await listed(stem)).toEqual(
      expect.arrayContaining([{ id: lapsed.id, assessmentStatus: 'EXPIRED' }, { id: current.id, assessmentStatus: 'APPROVED' }]),
    );
    expect(ids(await listed(stem, [AssessmentStatus.APPROVED]))).toEqual([current.id]);
    expect(ids(await listed(stem, [AssessmentStatus.EXPIRED]))).toEqual([lapsed.id]);
    expect(ids(await listed(stem, [AssessmentStatus.APPROVED, AssessmentStatus.EXPIRED]))).toEqual(ids([lapsed, current]));
  });

  it('fails APPROVAL in matching as EXPIRED, and passes it on a date before the lapse', async () => {
    const lapsed = await approvedFamily(addYears(lapsedOn, -1));
    const child = await createChild(app.orm);
    const approval = async (asOf?: string) => {
      const result = await app.request(ApprovalOutcomeDocument, { childId: child.id, familyId: lapsed.id, form: PlacementForm.ADOPTION, asOf }, worker);
      expect(result.errors).toBeUndefined();
      return result.data!.eligibility.reasons.find((reason) => reason.code === 'APPROVAL');
    };
    expect(await approval()).toMatchObject({ outcome: 'FAIL', message: expect.stringContaining('EXPIRED') });
    expect(await approval(addDays(lapsedOn, -7))).toMatchObject({ outcome: 'PASS' });
  });

  it('moves only as an expired approval may: to a new assessment, answered with the status it now reads', async () => {
    const lapsed = await approvedFamily(addYears(lapsedOn, -1));
    const assess = (version: number, status: AssessmentStatus) =>
      app.request(AssessFamilyDocument, { input: { familyId: lapsed.id, version, status, decidedAt: today() } }, worker);

    const suspended = await assess(1, AssessmentStatus.SUSPENDED);
    expect(suspended.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    expect(suspended.errors?.[0]?.message).toContain('from EXPIRED to SUSPENDED');

    const reopened = await assess(1, AssessmentStatus.IN_ASSESSMENT);
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.recordFamilyAssessment).toMatchObject({ assessmentStatus: 'IN_ASSESSMENT', version: 2 });
    expect(await statusOf(lapsed.id)).toMatchObject({ assessmentStatus: 'IN_ASSESSMENT' });
  });
});
