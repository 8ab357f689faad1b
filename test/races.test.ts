import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import {
  RaceActivatePlacementDocument,
  RaceApprovePlacementDocument,
  RaceProposePlacementDocument,
  RaceStartIntroductionDocument,
  RaceStartTrialDocument,
  RaceUpdateFamilyDocument,
  RaceReviewFamilyChangesDocument,
  type DecisionKind,
  type RacePlacementFragment,
} from './generated/graphql.js';
import { createChangeRequest, createChild, createFamily, createUser } from './support/factories.js';
import { startAnotherInstance, startTestApp, type GraphQLResponse, type Instance, type TestApp } from './support/test-app.js';

/**
 * Concurrent requests over real HTTP against two server instances and one database: what the database
 * (unique index, row lock, version column) must decide when two requests read the same state.
 */

let app: TestApp;
let second: Instance;
let worker: string;
let colleague: string;

const DECISION: Partial<Record<PlacementForm, DecisionKind>> = {
  [PlacementForm.GUARDIANSHIP]: 'GUARDIANSHIP_AUTHORITY_ACT',
  [PlacementForm.FOSTER_FAMILY]: 'CONTRACT',
  [PlacementForm.PROFESSIONAL_FOSTER_FAMILY]: 'CONTRACT',
};

function ok<T>(result: GraphQLResponse<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Runs `task` over `items`, `width` at a time: setup fast enough without being a race itself. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  return results;
}

/** Proposes the child to the family and takes the placement to APPROVED through the steps its form requires. */
async function approvedPlacement(childId: string, familyId: string, form: PlacementForm): Promise<RacePlacementFragment> {
  return approve(ok(await app.request(RaceProposePlacementDocument, { input: { childId, familyId, form } }, worker)).proposePlacement);
}

async function approve(proposed: Pick<RacePlacementFragment, 'id' | 'version'> & { form: PlacementForm | RacePlacementFragment['form'] }): Promise<RacePlacementFragment> {
  const form = proposed.form as PlacementForm;
  let placement = ok(await app.request(RaceStartIntroductionDocument, { input: { placementId: proposed.id, version: proposed.version } }, worker)).startPlacementIntroduction;
  if (form !== PlacementForm.PROFESSIONAL_FOSTER_FAMILY) {
    placement = ok(await app.request(RaceStartTrialDocument, { input: { placementId: placement.id, version: placement.version } }, worker)).startPlacementTrial;
  }
  const decision = { decisionKind: DECISION[form]!, decisionReference: 'R-1/2026', decisionDate: today() };
  // A second worker approves: the proposer does not (four eyes).
  placement = ok(await app.request(RaceApprovePlacementDocument, { input: { placementId: placement.id, version: placement.version, ...decision } }, colleague)).approvePlacement;
  expect(placement.status).toBe('APPROVED');
  return placement;
}

/** Fired at once, activations alternate between two server instances on the database: the database decides, not a process. */
const activate = (placement: RacePlacementFragment, index = 0) =>
  [app, second][index % 2]!.request(RaceActivatePlacementDocument, { input: { placementId: placement.id, version: placement.version, startedAt: today() } }, worker);

const codesOf = (results: GraphQLResponse<unknown>[]) => results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'race.worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'race.colleague@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  worker = await app.login('race.worker@test.kz');
  colleague = await app.login('race.colleague@test.kz');
  second = await startAnotherInstance(app);
});

afterAll(async () => {
  await second?.close();
  await app?.close();
});

describe('one child, fifty families', () => {
  it('activates exactly one of 50 approved placements fired at once; the other 49 get CONFLICT', async () => {
    const child = await createChild(app.orm);
    const families = await inBatches(Array.from({ length: 50 }, (_, i) => i), 10, () => createFamily(app.orm));
    const approved = await inBatches(families, 10, (family) => approvedPlacement(child.id, family.id, PlacementForm.GUARDIANSHIP));

    const results = await Promise.all(approved.map(activate));

    const codes = codesOf(results);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'CONFLICT')).toHaveLength(49);
    expect(results.every((result) => result.status === 200)).toBe(true);
    const em = app.orm.em.fork();
    const winner = results.find((result) => result.data?.activatePlacement)!.data!.activatePlacement;
    expect(await em.find(Placement, { child: child.id, status: PlacementStatus.ACTIVE }, { fields: ['id'] })).toEqual([expect.objectContaining({ id: winner.id })]);
    expect(await em.count(Placement, { child: child.id, status: PlacementStatus.APPROVED })).toBe(49);
    expect(await em.count(AuditEvent, { action: 'placement.activate', entityId: { $in: approved.map((p) => p.id) } })).toBe(1);
    expect(await em.count(AuditEvent, { action: 'child.placement-status', entityId: child.id })).toBe(1);
    expect((await em.findOneOrFail(Child, child.id)).status).toBe('IN_FAMILY_PLACEMENT');
  });
});

/**
 * A proposal takes no place in the family (P-CAP and F-COUNT count ACTIVE placements), so ten
 * proposals may wait for four places; activation takes the place. Activation therefore locks
 * the family row before counting, and concurrent activations into one family take turns.
 */
describe('a family with room for four', () => {
  it.each([
    // Housing for 10: P-CAP, not the family's capacity, is what runs out.
    ['a professional foster family (P-CAP: at most 4 children)', PlacementForm.PROFESSIONAL_FOSTER_FAMILY, { capacity: 10 }, 'P-CAP'],
    ['a foster family with 6 children at home (F-COUNT: at most 10)', PlacementForm.FOSTER_FAMILY, { childrenInHousehold: 6, capacity: 10 }, 'F-COUNT'],
  ] as const)('activates at most 4 of 10 placements into %s fired at once', async (_, form, familyData, rule) => {
    const family = await createFamily(app.orm, { forms: [form], ...familyData });
    const children = await inBatches(Array.from({ length: 10 }, (_, i) => i), 10, () => createChild(app.orm));
    const approved = await inBatches(children, 10, (child) => approvedPlacement(child.id, family.id, form));

    const results = await Promise.all(approved.map(activate));

    const codes = codesOf(results);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(4);
    expect(codes.filter((code) => code === 'NOT_ELIGIBLE')).toHaveLength(6);
    for (const result of results.filter((r) => r.errors)) expect(result.errors![0]!.extensions!.ruleCodes).toEqual([rule]);
    const em = app.orm.em.fork();
    expect(await em.count(Placement, { family: family.id, status: PlacementStatus.ACTIVE })).toBe(4);
    expect(await em.count(Placement, { family: family.id, status: PlacementStatus.APPROVED })).toBe(6);
    expect(await em.count(AuditEvent, { action: 'placement.activate', entityId: { $in: approved.map((p) => p.id) } })).toBe(4);
  });
});

describe('a family with room for one child', () => {
  it('activates 1 of 10 placements fired at once; CAPACITY refuses the other 9', async () => {
    const form = PlacementForm.GUARDIANSHIP;
    const family = await createFamily(app.orm, { forms: [form], capacity: 1 });
    const children = await inBatches(Array.from({ length: 10 }, (_, i) => i), 10, () => createChild(app.orm));
    // Proposals take no place: all ten may wait for the one place, each approved.
    const approved = await inBatches(children, 10, (child) => approvedPlacement(child.id, family.id, form));

    const results = await Promise.all(approved.map(activate));

    const codes = codesOf(results);
    expect(codes.filter((code) => code === 'OK')).toHaveLength(1);
    expect(codes.filter((code) => code === 'NOT_ELIGIBLE')).toHaveLength(9);
    for (const result of results.filter((r) => r.errors)) {
      expect(result.errors![0]!.extensions!.ruleCodes).toEqual(['CAPACITY']);
      expect(result.errors![0]!.message).toBe('The family has no room for this child now: CAPACITY');
    }
    const em = app.orm.em.fork();
    expect(await em.count(Placement, { family: family.id, status: PlacementStatus.ACTIVE })).toBe(1);
    expect(await em.count(Placement, { family: family.id, status: PlacementStatus.APPROVED })).toBe(9);
    expect(await em.count(AuditEvent, { action: 'placement.activate', entityId: { $in: approved.map((p) => p.id) } })).toBe(1);
  });
});

describe('the load counted at activation', () => {
  it('still takes a sibling group placed whole beyond the limit, one activation after another, then refuses a single child', async () => {
    const form = PlacementForm.PROFESSIONAL_FOSTER_FAMILY;
    // Housing for 10: the sibling group is exempt from P-CAP, not from the family's capacity.
    const family = await createFamily(app.orm, { forms: [form], capacity: 10 });
    for (let i = 0; i < 3; i++) ok(await activate(await approvedPlacement((await createChild(app.orm)).id, family.id, form)));
    const em = app.orm.em.fork();
    const group = em.create(SiblingGroup, {});
    await em.flush();
    const siblings = [];
    for (const birthDate of ['2017-06-01', '2019-04-01', '2021-04-01']) siblings.push(await createChild(app.orm, { birthDate, siblingGroup: group.id }));
    // 3 active + 3 siblings: over the limit of 4, but a sibling group placed whole is exempt (P-CAP).
    ok(await app.request(RaceProposePlacementDocument, { input: { childId: siblings[0]!.id, familyId: family.id, form } }, worker));
    const proposed = await app.orm.em.fork().find(Placement, { family: family.id, child: { $in: siblings.map((c) => c.id) } });
    expect(proposed).toHaveLength(3);
    for (const placement of proposed) ok(await activate(await approve({ id: placement.id, version: placement.version, form })));

    expect(await app.orm.em.fork().count(Placement, { family: family.id, status: PlacementStatus.ACTIVE })).toBe(6);
    const single = await app.request(RaceProposePlacementDocument, { input: { childId: (await createChild(app.orm)).id, familyId: family.id, form } }, worker);
    expect(single.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_ELIGIBLE', ruleCodes: ['P-CAP'] });
  });
});

describe('two edits of one family record', () => {
  it("lets one of a worker's edit and the acceptance of a family's change with the same version win; the other gets CONFLICT and nothing is lost", async () => {
    const family = await createFamily(app.orm);

    // Several rounds: each one interleaves the two transactions a little differently.
    let version = 1;
    let decidedByDatabase = 0;
    for (let round = 0; round < 10; round++) {
      // New values every round: an edit that changes nothing writes nothing and cannot conflict.
      const byFamily = { contactPhone: `+7 701 000 1${String(round).padStart(3, '0')}`, address: `Астана, ул. Семейная, ${round}` };
      const byWorker = { contactPhone: `+7 701 000 2${String(round).padStart(3, '0')}`, address: `Астана, ул. Рабочая, ${round}` };
      const request = await createChangeRequest(app.orm, family.id, Object.entries(byFamily).map(([field, proposed]) => ({ field: field as 'address', proposed })));
      const decisions = Object.keys(byFamily).map((field) => ({ field: field as 'address', accept: true }));
      const [accepted, theirs] = await Promise.all([
        app.request(RaceReviewFamilyChangesDocument, { input: { id: request.id, version: request.version, familyVersion: version, decisions } }, worker),
        app.request(RaceUpdateFamilyDocument, { input: { id: family.id, version, ...byWorker } }, worker),
      ]);
      const codes = codesOf([accepted, theirs]);
      if ([accepted, theirs].some((r) => r.errors?.[0]?.message.startsWith('The record was changed'))) decidedByDatabase++;
      expect(codes.sort()).toEqual(['CONFLICT', 'OK']);
      const won = accepted.data?.reviewFamilyChanges ? byFamily : byWorker;
      const stored = await app.orm.em.fork().findOneOrFail(Family, family.id);
      expect({ contactPhone: stored.contactPhone, address: stored.address, version: stored.version }).toEqual({ ...won, version: version + 1 });
      version = stored.version;
    }
    const audited = await app.orm.em.fork().count(AuditEvent, { entityId: family.id, action: { $in: ['family.update', 'family.accept-changes'] } });
    expect(audited).toBe(10);
    // Both requests passed the service's version check and the UPDATE … WHERE version = n chose:
    // the race was real in most rounds (the rest were decided by the check alone).
    expect(decidedByDatabase).toBeGreaterThan(0);
  });
});

describe('one child, one family, many proposals', () => {
  it('writes one open placement of the pair; the concurrent duplicates get CONFLICT', async () => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => app.request(RaceProposePlacementDocument, { input: { childId: child.id, familyId: family.id, form: PlacementForm.GUARDIANSHIP } }, worker)),
    );
    expect(results.filter((result) => result.data?.proposePlacement)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);
    expect(await app.orm.em.fork().count(Placement, { child: child.id, family: family.id })).toBe(1);
  });
});
