import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { DecisionKind, PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { addDays, addMonths, today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import {
  ActivateStayDocument,
  ApprovePlacementDocument,
  EndStayDocument,
  ExtendPlacementStayDocument,
  PlacementStayDocument,
  PlacementStaysDocument,
  ProposePlacementDocument,
  StartPlacementIntroductionDocument,
  type ExtendPlacementStayInput,
} from './generated/graphql.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 8 item 4, P-STAY: a professional foster stay carries its last day (6 months from the day the
 * child moved in), can be extended once to 12 by a recorded decision, and reads as overdue past it.
 */

let app: TestApp;
let worker: string;
let almatyWorker: string;
let colleague: string;

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'stay.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'stay.worker.almaty@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'stay.colleague@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  [worker, almatyWorker, colleague] = await Promise.all(['stay.worker@test.kz', 'stay.worker.almaty@test.kz', 'stay.colleague@test.kz'].map((email) => app.login(email)));
});

afterAll(() => app?.close());

/** A professional foster placement taken through the API to ACTIVE, the child having moved in on `startedAt`. */
async function activateStay(startedAt: string) {
  const [child, family] = [await createChild(app.orm), await createFamily(app.orm, { forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY] })];
  const proposed = await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: family.id, form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY } }, worker);
  expect(proposed.errors).toBeUndefined();
  const { id, version } = proposed.data!.proposePlacement;
  const intro = (await app.request(StartPlacementIntroductionDocument, { input: { placementId: id, version } }, worker)).data!.startPlacementIntroduction;
  const approvalInput = { placementId: id, version: intro.version, decisionKind: 'CONTRACT' as const, decisionReference: '№ 41-Д/2026', decisionDate: startedAt };
  // A second worker approves: the proposer does not (four eyes).
  const approved = await app.request(ApprovePlacementDocument, { input: approvalInput }, colleague);
  expect(approved.errors).toBeUndefined();
  const active = await app.request(ActivateStayDocument, { input: { placementId: id, version: approved.data!.approvePlacement.version, startedAt } }, worker);
  expect(active.errors).toBeUndefined();
  return active.data!.activatePlacement;
}

/** A placement written directly, for the states the API reaches only slowly. */
async function storedPlacement(data: Partial<Placement>) {
  const [child, family] = [await createChild(app.orm), await createFamily(app.orm)];
  const em = app.orm.em.fork();
  const startedAt = addMonths(today(), -2);
  const placement = em.create(Placement, {
    child: child.id,
    family: family.id,
    form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY,
    status: PlacementStatus.ACTIVE,
    decisionKind: DecisionKind.CONTRACT,
    decisionReference: '№ 7-Д/2026',
    decisionDate: startedAt,
    startedAt,
    endsOn: addMonths(startedAt, 6),
    ...data,
  });
  await em.flush();
  return placement;
}

const extend = (input: ExtendPlacementStayInput, token = worker) => app.request(ExtendPlacementStayDocument, { input }, token);

async function stays(filter: { childId?: string; overdue?: boolean }) {
  const result = await app.request(PlacementStaysDocument, { first: 100, filter }, worker);
  expect(result.errors).toBeUndefined();
  return result.data!.placements.edges.map((edge) => edge.node.id);
}

const stayEvents = async (entityId: string) =>
  (await app.orm.em.fork().find(AuditEvent, { entityId, action: 'placement.extend-stay' })).map((event) => ({ action: event.action, changedFields: event.changedFields }));

describe('a professional foster stay', () => {
  it('ends 6 months after the child moved in, and reads as overdue past that day, in the record and the filters', async () => {
    const startedAt = addMonths(today(), -7);
    const stay = await activateStay(startedAt);
    expect(stay).toMatchObject({ status: 'ACTIVE', startedAt, endsOn: addMonths(startedAt, 6), overdue: true });
    expect((await app.request(PlacementStayDocument, { id: stay.id }, worker)).data!.placement).toMatchObject({ overdue: true });

    const current = await activateStay(addMonths(today(), -1));
    expect(current).toMatchObject({ endsOn: addMonths(today(), 5), overdue: false });

    const overdue = await stays({ overdue: true });
    expect(overdue).toContain(stay.id);
    expect(overdue).not.toContain(current.id);
    expect(await stays({ overdue: false })).toEqual(expect.arrayContaining([current.id]));
    expect(await stays({ overdue: false })).not.toContain(stay.id);
  });

  it('is extended once, by a recorded decision, to 12 months from its start: no longer overdue, audited', async () => {
    const startedAt = addMonths(today(), -7);
    const stay = await activateStay(startedAt);
    const input = { placementId: stay.id, version: stay.version, decisionReference: ' № 41-Д/2026-1 ', decisionDate: addDays(today(), -3) };

    const extended = await extend(input);
    expect(extended.errors).toBeUndefined();
    expect(extended.data!.extendPlacementStay).toMatchObject({
      endsOn: addMonths(startedAt, 12),
      overdue: false,
      extensionDecisionReference: '№ 41-Д/2026-1',
      extensionDecisionDate: input.decisionDate,
      version: stay.version + 1,
    });
    expect(await stays({ overdue: true })).not.toContain(stay.id);
    expect(await stayEvents(stay.id)).toEqual([{ action: 'placement.extend-stay', changedFields: ['endsOn', 'extensionDecisionDate', 'extensionDecisionReference'] }]);

    const again = await extend({ ...input, version: stay.version + 1 });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'placementId' });
    expect(again.errors?.[0]?.message).toContain('already extended');
  });

  it('may be extended to a day of its choosing within 12 months, and the overdue stay ended for TERM_EXPIRED is overdue no more', async () => {
    const startedAt = addMonths(today(), -7);
    const stay = await activateStay(startedAt);
    const endsOn = addMonths(startedAt, 9);
    const extended = await extend({ placementId: stay.id, version: stay.version, decisionReference: '№ 9-Д', decisionDate: today(), endsOn });
    expect(extended.data!.extendPlacementStay).toMatchObject({ endsOn, overdue: false });

    const lapsed = await activateStay(addMonths(today(), -8));
    const ended = await app.request(EndStayDocument, { input: { placementId: lapsed.id, version: lapsed.version, reason: 'TERM_EXPIRED', endedAt: today() } }, worker);
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endPlacement).toMatchObject({ status: 'ENDED', overdue: false });
  });

  it.each([
    ['a day past 12 months', (startedAt: string) => ({ endsOn: addDays(addMonths(startedAt, 12), 1) }), 'endsOn', 'at most 12 months'],
    ['a day not after the current last day', (startedAt: string) => ({ endsOn: addMonths(startedAt, 6) }), 'endsOn', 'moves it later'],
    ['a decision dated tomorrow', () => ({ decisionDate: addDays(today(), 1) }), 'decisionDate', 'in the future'],
    ['a decision before the stay began', (startedAt: string) => ({ decisionDate: addDays(startedAt, -1) }), 'decisionDate', 'before the stay began'],
    ['a blank decision number', () => ({ decisionReference: '   ' }), 'decisionReference', 'number of the decision'],
  ])('refuses %s, naming the field, and writes nothing', async (_case, change, field, message) => {
    const stay = await storedPlacement({});
    const result = await extend({ placementId: stay.id, version: stay.version, decisionReference: '№ 5-Д', decisionDate: today(), ...change(stay.startedAt!) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toContain(message);
    expect(await app.orm.em.fork().findOneOrFail(Placement, { id: stay.id })).toMatchObject({ version: stay.version, endsOn: stay.endsOn, extensionDecisionDate: null });
    expect(await stayEvents(stay.id)).toEqual([]);
  });

  it.each([
    ['an adoption', { form: PlacementForm.ADOPTION, decisionKind: DecisionKind.COURT_DECISION, endsOn: undefined }, 'placementId', 'Only a PROFESSIONAL_FOSTER_FAMILY placement'],
    ['a stay not yet begun', { status: PlacementStatus.APPROVED, startedAt: undefined, endsOn: undefined }, 'status', 'Only an active stay'],
    ['a stay that has ended', { status: PlacementStatus.ENDED, endedAt: today() }, 'status', 'Only an active stay'],
  ])('refuses to extend %s', async (_case, data, field, message) => {
    const placement = await storedPlacement(data);
    const result = await extend({ placementId: placement.id, version: placement.version, decisionReference: '№ 5-Д', decisionDate: today() });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toContain(message);
  });

  it('answers a stale version with CONFLICT and another region’s worker with FORBIDDEN', async () => {
    const stay = await storedPlacement({});
    const input = { placementId: stay.id, version: stay.version, decisionReference: '№ 5-Д', decisionDate: today() };
    expect((await extend({ ...input, version: stay.version + 1 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await extend(input, almatyWorker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stayEvents(stay.id)).toEqual([]);
  });
});
