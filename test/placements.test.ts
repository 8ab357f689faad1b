import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Child } from '../src/modules/children/child.entity.js';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { today } from '../src/shared/dates.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import {
  ActivatePlacementDocument,
  ApprovePlacementDocument,
  EndPlacementDocument,
  PlacementByIdDocument,
  PlacementsDocument,
  ProposePlacementDocument,
  StartPlacementIntroductionDocument,
  StartPlacementTrialDocument,
  type DecisionKind,
  type PlacementFieldsFragment,
} from './generated/graphql.js';
import { createChild, createFamily, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let app: TestApp;
let worker: string;
/** A second worker of Astana: the approvals' second pair of eyes (a proposer does not approve its own). */
let colleague: string;
let almatyWorker: string;
let coordinator: string;
let admin: string;

const DECISION: Record<string, DecisionKind> = {
  ADOPTION: 'COURT_DECISION',
  GUARDIANSHIP: 'GUARDIANSHIP_AUTHORITY_ACT',
  GUEST_FAMILY: 'GUARDIANSHIP_AUTHORITY_ACT',
  FOSTER_FAMILY: 'CONTRACT',
};

/** The changes audited on a record (reads of its notes and references are audited too: test/read-audit.test.ts). */
const auditActions = async (entityId: string) =>
  (await app.orm.em.fork().find(AuditEvent, { entityId }, { orderBy: { at: 'asc' } })).map((e) => e.action).filter((action) => !action.includes('.read-'));

async function propose(childId: string, familyId: string, form: PlacementForm, token = worker): Promise<PlacementFieldsFragment> {
  const result = await app.request(ProposePlacementDocument, { input: { childId, familyId, form, note: 'first meeting planned' } }, token);
  expect(result.errors).toBeUndefined();
  return result.data!.proposePlacement;
}

/** Takes a placement from PROPOSED to APPROVED through the steps its form requires. */
async function approve(placement: PlacementFieldsFragment): Promise<PlacementFieldsFragment> {
  const intro = await app.request(StartPlacementIntroductionDocument, { input: { placementId: placement.id, version: placement.version } }, worker);
  expect(intro.errors).toBeUndefined();
  let current = intro.data!.startPlacementIntroduction;
  if (placement.form !== 'GUEST_FAMILY') {
    current = (await app.request(StartPlacementTrialDocument, { input: { placementId: current.id, version: current.version } }, worker)).data!.startPlacementTrial;
  }
  const input = { placementId: current.id, version: current.version, decisionKind: DECISION[placement.form]!, decisionReference: '2-1234/2026', decisionDate: today() };
  const approved = await app.request(ApprovePlacementDocument, { input }, colleague);
  expect(approved.errors).toBeUndefined();
  return approved.data!.approvePlacement;
}

beforeAll(async () => {
  app = await startTestApp();
  await createUser(app.orm, { email: 'worker@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'worker.almaty@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ALMATY' });
  await createUser(app.orm, { email: 'coordinator@test.kz', role: Role.MENTOR_COORDINATOR, regionCode: 'ASTANA' });
  await createUser(app.orm, { email: 'admin@test.kz', role: Role.ADMIN });
  await createUser(app.orm, { email: 'colleague@test.kz', role: Role.SOCIAL_WORKER, regionCode: 'ASTANA' });
  [worker, almatyWorker, coordinator, admin, colleague] = await Promise.all(
    ['worker@test.kz', 'worker.almaty@test.kz', 'coordinator@test.kz', 'admin@test.kz', 'colleague@test.kz'].map((email) => app.login(email)),
  );
});

afterAll(() => app?.close());

describe('the placement lifecycle', () => {
  it('takes an adoption from proposal to activation, recording every step', async () => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm);
    const approved = await approve(await propose(child.id, family.id, PlacementForm.ADOPTION));
    expect(approved).toMatchObject({ status: 'APPROVED', decisionKind: 'COURT_DECISION', decisionReference: '2-1234/2026', version: 4 });

    const result = await app.request(ActivatePlacementDocument, { input: { placementId: approved.id, version: approved.version, startedAt: today() } }, worker);
    expect(result.errors).toBeUndefined();
    const active = result.data!.activatePlacement;
    expect(active).toMatchObject({ status: 'ACTIVE', startedAt: today(), child: { id: child.id, status: 'ADOPTED' }, family: { id: family.id } });
    expect(active.transitions.map((t) => [t.from, t.to])).toEqual([
      [null, 'PROPOSED'],
      ['PROPOSED', 'INTRODUCTION'],
      ['INTRODUCTION', 'TRIAL'],
      ['TRIAL', 'APPROVED'],
      ['APPROVED', 'ACTIVE'],
    ]);
    expect(active.transitions[0]).toMatchObject({ note: 'first meeting planned', actorName: 'Test social_worker' });
    expect(await auditActions(active.id)).toEqual([
      'placement.propose',
      'placement.start-introduction',
      'placement.start-trial',
      'placement.approve',
      'placement.activate',
    ]);
    expect(await auditActions(child.id)).toEqual(['child.placement-status']);
  });

  it('places a child under guardianship and returns them to the data bank when it ends', async () => {
    const child = await createChild(app.orm);
    const approved = await approve(await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.GUARDIANSHIP));
    const active = (await app.request(ActivatePlacementDocument, { input: { placementId: approved.id, version: approved.version, startedAt: today() } }, worker)).data!
      .activatePlacement;
    expect(active.child?.status).toBe('IN_FAMILY_PLACEMENT');

    const wrongReason = await app.request(EndPlacementDocument, { input: { placementId: active.id, version: active.version, reason: 'NOT_APPROVED', endedAt: today() } }, worker);
    expect(wrongReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const ended = await app.request(EndPlacementDocument, { input: { placementId: active.id, version: active.version, reason: 'BREAKDOWN', endedAt: today() } }, worker);
    expect(ended.data!.endPlacement).toMatchObject({ status: 'ENDED', endReason: 'BREAKDOWN', child: { status: 'AWAITING_PLACEMENT' } });
    expect(await auditActions(active.id)).toContain('placement.end');
  });

  it('approves a guest family straight after the introduction and refuses it a trial', async () => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm, { forms: [PlacementForm.GUEST_FAMILY] });
    const proposed = await propose(child.id, family.id, PlacementForm.GUEST_FAMILY);
    const intro = (await app.request(StartPlacementIntroductionDocument, { input: { placementId: proposed.id, version: 1 } }, worker)).data!.startPlacementIntroduction;
    const trial = await app.request(StartPlacementTrialDocument, { input: { placementId: intro.id, version: intro.version } }, worker);
    expect(trial.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const direct = await app.request(
      ApprovePlacementDocument,
      { input: { placementId: intro.id, version: intro.version, decisionKind: 'GUARDIANSHIP_AUTHORITY_ACT', decisionReference: 'act 17', decisionDate: today() } },
      colleague,
    );
    expect(direct.data!.approvePlacement.status).toBe('APPROVED');
  });

  it('lets a guest family host a child without changing where it lives or taking its one active placement', async () => {
    const child = await createChild(app.orm, { status: 'IN_INSTITUTION' as never });
    const guest = await approve(await propose(child.id, (await createFamily(app.orm, { forms: [PlacementForm.GUEST_FAMILY] })).id, PlacementForm.GUEST_FAMILY));
    const visit = await app.request(ActivatePlacementDocument, { input: { placementId: guest.id, version: guest.version, startedAt: today() } }, worker);
    expect(visit.data!.activatePlacement.status).toBe('ACTIVE');
    expect((await app.orm.em.fork().findOneOrFail(Child, child.id)).status).toBe('IN_INSTITUTION');

    const guardian = await approve(await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.GUARDIANSHIP));
    const placed = await app.request(ActivatePlacementDocument, { input: { placementId: guardian.id, version: guardian.version, startedAt: today() } }, worker);
    expect(placed.errors).toBeUndefined();
    expect((await app.orm.em.fork().findOneOrFail(Child, child.id)).status).toBe('IN_FAMILY_PLACEMENT');
    expect(await app.orm.em.fork().count(Placement, { child: child.id, status: 'ACTIVE' as never })).toBe(2);
  });

  it('refuses an illegal step with BAD_USER_INPUT on status and writes nothing', async () => {
    const proposed = await propose((await createChild(app.orm)).id, (await createFamily(app.orm)).id, PlacementForm.ADOPTION);
    const result = await app.request(ActivatePlacementDocument, { input: { placementId: proposed.id, version: 1, startedAt: today() } }, worker);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const em = app.orm.em.fork();
    expect(await em.findOneOrFail(Placement, proposed.id)).toMatchObject({ status: 'PROPOSED', version: 1 });
    expect(await em.count(PlacementTransition, { placement: proposed.id })).toBe(1);
    expect(await auditActions(proposed.id)).toEqual(['placement.propose']);
  });

  it('refuses to approve an adoption without a court decision', async () => {
    const proposed = await propose((await createChild(app.orm)).id, (await createFamily(app.orm)).id, PlacementForm.ADOPTION);
    const intro = (await app.request(StartPlacementIntroductionDocument, { input: { placementId: proposed.id, version: 1 } }, worker)).data!.startPlacementIntroduction;
    const trial = (await app.request(StartPlacementTrialDocument, { input: { placementId: intro.id, version: intro.version } }, worker)).data!.startPlacementTrial;
    const input = { placementId: trial.id, version: trial.version, decisionReference: 'act 5', decisionDate: today() };
    const act = await app.request(ApprovePlacementDocument, { input: { ...input, decisionKind: 'GUARDIANSHIP_AUTHORITY_ACT' } }, colleague);
    expect(act.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionKind' });
    const future = await app.request(ApprovePlacementDocument, { input: { ...input, decisionKind: 'COURT_DECISION', decisionDate: '2099-01-01' } }, colleague);
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'decisionDate' });
    expect(await app.orm.em.fork().findOneOrFail(Placement, trial.id)).toMatchObject({ status: 'TRIAL', decisionKind: null, version: trial.version });
  });

  it('answers CONFLICT to a stale version', async () => {
    const proposed = await propose((await createChild(app.orm)).id, (await createFamily(app.orm)).id, PlacementForm.ADOPTION);
    await app.request(StartPlacementIntroductionDocument, { input: { placementId: proposed.id, version: 1 } }, worker);
    const stale = await app.request(EndPlacementDocument, { input: { placementId: proposed.id, version: 1, reason: 'WITHDRAWN_BEFORE_APPROVAL', endedAt: today() } }, worker);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await app.orm.em.fork().findOneOrFail(Placement, proposed.id)).toMatchObject({ status: 'INTRODUCTION', version: 2 });
  });
});

describe('one active placement per child', () => {
  it('lets exactly one of five concurrent activations win; the others get CONFLICT', async () => {
    const child = await createChild(app.orm);
    const approved: PlacementFieldsFragment[] = [];
    for (let i = 0; i < 5; i++) approved.push(await approve(await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.GUARDIANSHIP)));

    const results = await Promise.all(
      approved.map((p) => app.request(ActivatePlacementDocument, { input: { placementId: p.id, version: p.version, startedAt: today() } }, worker)),
    );
    const winners = results.filter((r) => r.data?.activatePlacement);
    expect(winners).toHaveLength(1);
    // Every loser is stopped by the partial unique index, surfaced as CONFLICT.
    const losers = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(losers.map((r) => r.errors![0]!.message)).toEqual(Array(4).fill('The child already has an active placement'));

    const em = app.orm.em.fork();
    expect(await em.count(Placement, { child: child.id, status: 'ACTIVE' as never })).toBe(1);
    expect(await em.count(Placement, { child: child.id, status: 'APPROVED' as never })).toBe(4);
    expect(await em.count(PlacementTransition, { placement: { child: child.id }, to: 'ACTIVE' as never })).toBe(1);
    expect(await em.count(AuditEvent, { action: 'placement.activate', entityId: { $in: approved.map((p) => p.id) } })).toBe(1);
    expect((await em.findOneOrFail(Child, child.id)).status).toBe('IN_FAMILY_PLACEMENT');
  });

  it('reports the database guard as CONFLICT when a second placement is activated later', async () => {
    const child = await createChild(app.orm);
    const [first, second] = [
      await approve(await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.GUARDIANSHIP)),
      await approve(await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.GUARDIANSHIP)),
    ];
    await app.request(ActivatePlacementDocument, { input: { placementId: first!.id, version: first!.version, startedAt: today() } }, worker);
    const late = await app.request(ActivatePlacementDocument, { input: { placementId: second!.id, version: second!.version, startedAt: today() } }, worker);
    expect(late.errors?.[0]).toMatchObject({ message: 'The child already has an active placement', extensions: { code: 'CONFLICT' } });
  });
});

describe('proposing', () => {
  it('refuses a form the family did not apply for and writes nothing', async () => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm);
    const result = await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: family.id, form: PlacementForm.PATRONAGE } }, worker);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'form' });
    expect(await app.orm.em.fork().count(Placement, { child: child.id })).toBe(0);
  });

  it.each([
    ['a family whose approval has expired', { approvalExpiresAt: '2025-01-01' }, PlacementForm.ADOPTION, 'APPROVAL'],
    ['a family still in assessment', { decidedStatus: AssessmentStatus.IN_ASSESSMENT }, PlacementForm.ADOPTION, 'APPROVAL'],
    ['custody of a child under 14', { forms: [PlacementForm.CUSTODY] }, PlacementForm.CUSTODY, 'G-AGE'],
  ])('refuses %s as NOT_ELIGIBLE naming the rule, and writes nothing', async (_, familyData, form, rule) => {
    const child = await createChild(app.orm);
    const family = await createFamily(app.orm, familyData);
    const result = await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: family.id, form } }, worker);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_ELIGIBLE');
    expect(result.errors?.[0]?.extensions?.ruleCodes).toContain(rule);
    expect(await app.orm.em.fork().count(Placement, { child: child.id })).toBe(0);
  });

  it('refuses a child who has left the data bank', async () => {
    const child = await createChild(app.orm, { status: 'LEFT_DATA_BANK' as never });
    const result = await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: (await createFamily(app.orm)).id, form: 'ADOPTION' } }, worker);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childId' });
  });
});

describe('who sees which placement', () => {
  it('keeps a placement from workers of another region and from coordinators', async () => {
    const child = await createChild(app.orm);
    const proposed = await propose(child.id, (await createFamily(app.orm)).id, PlacementForm.ADOPTION);
    expect((await app.request(PlacementByIdDocument, { id: proposed.id }, almatyWorker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await app.request(PlacementsDocument, { first: 100, filter: { childId: child.id } }, almatyWorker);
    expect(list.data!.placements.totalCount).toBe(0);
    expect((await app.request(PlacementsDocument, { first: 10, filter: { regionCode: 'ASTANA' } }, almatyWorker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const step = await app.request(StartPlacementIntroductionDocument, { input: { placementId: proposed.id, version: 1 } }, almatyWorker);
    expect(step.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreign = await app.request(ProposePlacementDocument, { input: { childId: child.id, familyId: (await createFamily(app.orm)).id, form: 'ADOPTION' } }, almatyWorker);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(PlacementsDocument, { first: 10 }, coordinator)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(PlacementByIdDocument, { id: proposed.id }, admin)).data!.placement.id).toBe(proposed.id);
    expect(await auditActions(proposed.id)).toEqual(['placement.propose']);
  });

  it('shows a family its own placements and nothing else', async () => {
    const [own, other] = [await createFamily(app.orm), await createFamily(app.orm)];
    const mine = await propose((await createChild(app.orm)).id, own.id, PlacementForm.ADOPTION);
    const theirs = await propose((await createChild(app.orm)).id, other.id, PlacementForm.ADOPTION);
    await createUser(app.orm, { email: 'family@test.kz', role: Role.FAMILY, familyId: own.id });
    const family = await app.login('family@test.kz');

    const list = await app.request(PlacementsDocument, { first: 100 }, family);
    expect(list.data!.placements.edges.map((e) => e.node.id)).toEqual([mine.id]);
    expect((await app.request(PlacementByIdDocument, { id: mine.id }, family)).data!.placement.family?.id).toBe(own.id);
    expect((await app.request(PlacementByIdDocument, { id: theirs.id }, family)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await app.request(PlacementsDocument, { first: 10, filter: { familyId: other.id } }, family)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const step = await app.request(StartPlacementIntroductionDocument, { input: { placementId: mine.id, version: 1 } }, family);
    expect(step.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
