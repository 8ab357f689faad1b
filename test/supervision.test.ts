import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { PlacementStatus } from '../src/modules/placements/placement.enums.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { ChildStatus } from '../src/modules/children/child.enums.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { TaskKind, TaskStatus, TaskSubjectKind } from '../src/modules/tasks/task.enums.js';
import { AssessmentStatus } from '../src/modules/families/family.enums.js';
import { PlacementForm, Role } from '../src/shared/enums.js';
import { addDays, today } from '../src/shared/dates.js';
import { createChild, createFamily, createMentor, createUser } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The SUPERVISOR role: what it sees, and four eyes on a placement's approval. */

let app: TestApp;
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const tag = `${process.pid}-${Date.now()}`;

beforeAll(async () => {
  app = await startTestApp();
  const users: [string, Role, string | undefined][] = [
    ['proposer', Role.SOCIAL_WORKER, 'PAVLODAR'],
    ['colleague', Role.SOCIAL_WORKER, 'PAVLODAR'],
    ['supervisor', Role.SUPERVISOR, 'PAVLODAR'],
    ['elsewhere', Role.SUPERVISOR, 'ATYRAU'],
  ];
  for (const [name, role, regionCode] of users) {
    const email = `supervision-${name}-${tag}@test.kz`;
    userIds[name] = (await createUser(app.orm, { email, role, regionCode })).id;
    tokens[name] = await app.login(email);
  }
});
afterAll(() => app?.close());

const ask = (who: string, query: string, variables: Record<string, unknown> = {}) => app.request<Record<string, any>>(query, variables, tokens[who]);
const codes = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.map((error) => error.extensions?.code);

const STEP = (name: string, type: string) => `mutation($input: ${type}!) { ${name}(input: $input) { id version status } }`;

/** A placement proposed by `who` and taken to its trial, ready for approval. */
async function placementOnTrial(who: string): Promise<{ id: string; version: number }> {
  const child = await createChild(app.orm, { regionCode: 'PAVLODAR' });
  const family = await createFamily(app.orm, { regionCode: 'PAVLODAR' });
  const proposed = await ask(who, STEP('proposePlacement', 'ProposePlacementInput'), { input: { childId: child.id, familyId: family.id, form: 'ADOPTION' } });
  expect(proposed.errors).toBeUndefined();
  let current = proposed.data!.proposePlacement;
  for (const [name, type] of [['startPlacementIntroduction', 'PlacementStepInput'], ['startPlacementTrial', 'PlacementStepInput']] as const) {
    current = (await ask(who, STEP(name, type), { input: { placementId: current.id, version: current.version } })).data![name];
  }
  return current;
}

const approve = (who: string, placement: { id: string; version: number }) =>
  ask(who, STEP('approvePlacement', 'ApprovePlacementInput'), {
    input: { placementId: placement.id, version: placement.version, decisionKind: 'COURT_DECISION', decisionReference: '2-77/2026', decisionDate: today() },
  });

describe('four eyes on a placement', () => {
  it('refuses the approval to the worker who proposed it, and writes nothing', async () => {
    const placement = await placementOnTrial('proposer');
    const result = await approve('proposer', placement);
    expect(codes(result)).toEqual(['FORBIDDEN']);
    const em = app.orm.em.fork();
    expect((await em.findOneOrFail(Placement, placement.id)).status).toBe(PlacementStatus.TRIAL);
    expect(await em.count(AuditEvent, { entityId: placement.id, action: 'placement.approve' })).toBe(0);
  });

  it('lets another worker of the region approve it', async () => {
    const result = await approve('colleague', await placementOnTrial('proposer'));
    expect(result.errors).toBeUndefined();
    expect(result.data?.approvePlacement.status).toBe('APPROVED');
  });

  it('lets the region’s supervisor approve it, not another region’s', async () => {
    const placement = await placementOnTrial('proposer');
    expect(codes(await approve('elsewhere', placement))).toEqual(['FORBIDDEN']);
    const result = await approve('supervisor', placement);
    expect(result.errors).toBeUndefined();
    expect(result.data?.approvePlacement.status).toBe('APPROVED');
  });

  it('binds a supervisor that proposed the placement too', async () => {
    expect(codes(await approve('supervisor', await placementOnTrial('supervisor')))).toEqual(['FORBIDDEN']);
  });
});

describe('caseloads', () => {
  it('counts each worker’s open cases and overdue items, for the worker and for the supervisor of its region', async () => {
    const worker = await createUser(app.orm, { email: `supervision-caseload-${tag}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'PAVLODAR' });
    const token = await app.login(worker.email);
    const own = { regionCode: 'PAVLODAR', assignedWorker: worker.id };
    const waiting = await createChild(app.orm, own);
    const placed = await createChild(app.orm, { ...own, status: ChildStatus.IN_FAMILY_PLACEMENT });
    await createChild(app.orm, { ...own, status: ChildStatus.ADOPTED });
    await createFamily(app.orm, { ...own, decidedStatus: AssessmentStatus.APPROVED, approvedAt: addDays(today(), -400), approvalExpiresAt: addDays(today(), -35) });
    await createFamily(app.orm, { ...own, decidedStatus: AssessmentStatus.APPROVED, approvedAt: addDays(today(), -350), approvalExpiresAt: addDays(today(), 10) });
    const carer = await createFamily(app.orm, { regionCode: 'PAVLODAR', forms: [PlacementForm.PROFESSIONAL_FOSTER_FAMILY] });
    const em = app.orm.em.fork();
    em.create(Placement, { child: placed.id, family: carer.id, form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY, status: PlacementStatus.ACTIVE, startedAt: addDays(today(), -200), endsOn: addDays(today(), -17) });
    em.create(Placement, { child: waiting.id, family: carer.id, form: PlacementForm.GUARDIANSHIP, status: PlacementStatus.PROPOSED });
    // One task late, one not yet due, one late but done: only the first is overdue.
    for (const [dueOn, status] of [[addDays(today(), -3), TaskStatus.OPEN], [addDays(today(), 3), TaskStatus.OPEN], [addDays(today(), -9), TaskStatus.DONE]] as const) {
      em.create(Task, { kind: TaskKind.MANUAL_HOME_VISIT, subjectKind: TaskSubjectKind.Child, subjectId: waiting.id, occurrence: `${dueOn}-${status}`, region: 'PAVLODAR', assignee: worker.id, dueOn, status });
    }
    await em.flush();
    const expected = { worker: { id: worker.id }, openChildren: 2, families: 2, mentors: 0, openPlacements: 2, overdueStays: 1, expiredApprovals: 1, lapsingApprovals: 1, overdue: 2, overdueTasks: 1 };
    const FIELDS = 'worker { id } openChildren families mentors openPlacements overdueStays expiredApprovals lapsingApprovals overdue overdueTasks';
    const mine = await app.request<Record<string, any>>(`{ myCaseload { ${FIELDS} } }`, {}, token);
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.myCaseload).toEqual(expected);
    const region = await ask('supervisor', `{ caseloads(regionCode: "PAVLODAR") { ${FIELDS} } }`);
    expect(region.errors).toBeUndefined();
    expect(region.data?.caseloads).toContainEqual(expected);
    expect(region.data?.caseloads.map((caseload: { worker: { id: string } }) => caseload.worker.id)).toHaveLength(4);
    expect(codes(await ask('supervisor', '{ caseloads(regionCode: "ATYRAU") { overdue } }'))).toEqual(['FORBIDDEN']);
  });
});

describe('staffMembers', () => {
  it('lists the enabled case-carrying staff of the caller’s own region by name, for choosing a transfer’s receiver', async () => {
    const disabled = await createUser(app.orm, { email: `supervision-disabled-${tag}@test.kz`, role: Role.SOCIAL_WORKER, regionCode: 'PAVLODAR', disabled: true });
    const admin = await createUser(app.orm, { email: `supervision-admin-${tag}@test.kz`, role: Role.ADMIN, regionCode: 'PAVLODAR' });
    const result = await ask('proposer', '{ staffMembers(regionCode: "PAVLODAR") { id displayName role active region { code } } }');
    expect(result.errors).toBeUndefined();
    const listed = result.data?.staffMembers as { id: string; displayName: string; role: string; active: boolean }[];
    const ids = listed.map((member) => member.id);
    expect(ids).not.toContain(disabled.id);
    expect(ids).not.toContain(admin.id);
    expect(listed.every((member) => member.active && ['SOCIAL_WORKER', 'MENTOR_COORDINATOR', 'SUPERVISOR'].includes(member.role))).toBe(true);
    expect(ids).toEqual(expect.arrayContaining([userIds.proposer, userIds.colleague, userIds.supervisor]));
    expect(ids).not.toContain(userIds.elsewhere);
    expect(codes(await ask('proposer', '{ staffMembers(regionCode: "ATYRAU") { id } }'))).toEqual(['FORBIDDEN']);
  });
});

describe('what a supervisor sees', () => {
  it('sees its region’s children, families and mentors, case files included, and nothing of another region', async () => {
    const child = await createChild(app.orm, { regionCode: 'PAVLODAR', caseNotes: 'synthetic case note' });
    const family = await createFamily(app.orm, { regionCode: 'PAVLODAR' });
    const mentor = await createMentor(app.orm, { regionCode: 'PAVLODAR' });
    const query = 'query($c: ID!, $f: ID!, $m: ID!) { child(id: $c) { id caseNotes } family(id: $f) { id } mentor(id: $m) { id } }';
    const own = await ask('supervisor', query, { c: child.id, f: family.id, m: mentor.id });
    expect(own.errors).toBeUndefined();
    expect(own.data).toEqual({ child: { id: child.id, caseNotes: 'synthetic case note' }, family: { id: family.id }, mentor: { id: mentor.id } });
    for (const [field, id] of [['child', child.id], ['family', family.id], ['mentor', mentor.id]]) {
      expect(codes(await ask('elsewhere', `query($id: ID!) { ${field}(id: $id) { id } }`, { id }))).toEqual(['FORBIDDEN']);
    }
  });
});
