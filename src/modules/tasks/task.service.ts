import { LockMode, raw, type FilterQuery, type ObjectQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { paginate, type PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { assertVisible } from '../../graphql/record-guard.js';
import { badInput, conflict, forbidden, notFound } from '../../shared/app-error.js';
import { addDays, today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { assigneeOf } from '../casework/assignment.js';
import { Child } from '../children/child.entity.js';
import { Family } from '../families/family.entity.js';
import { confinementOf, requireActor, scopeRegion } from '../identity/access-policy.js';
import type { Actor } from '../identity/actor.js';
import { User } from '../identity/user.entity.js';
import { Mentorship } from '../mentorships/mentorship.entity.js';
import { Placement } from '../placements/placement.entity.js';
import { DATA_BANK_OCCURRENCE, dataBankDeadline } from './data-bank.rules.js';
import { Task } from './task.entity.js';
import { TaskDue, TaskKind, TaskStatus, TaskSubjectKind } from './task.enums.js';
import type { CreateTaskInput, TaskFilter } from './task.inputs.js';

/** The records whose tasks each role may see, as the record guard decides: a worker's children, families and placements; a coordinator's children and mentorships. */
function subjectKindsOf(actor: Actor): TaskSubjectKind[] | undefined {
  if (actor.role === Role.ADMIN) return undefined;
  if (actor.role === Role.SOCIAL_WORKER) return [TaskSubjectKind.Child, TaskSubjectKind.Family, TaskSubjectKind.Placement];
  if (actor.role === Role.MENTOR_COORDINATOR) return [TaskSubjectKind.Child, TaskSubjectKind.Mentorship];
  // A supervisor heads both: every kind of its region's records.
  if (actor.role === Role.SUPERVISOR) return Object.values(TaskSubjectKind);
  throw forbidden();
}

/** The tasks a caller may list: their region (and district, but for mentorships, kept by region), of the kinds of record they work. */
function scopeOf(actor: Actor, regionCode?: string | null): ObjectQuery<Task> {
  const kinds = subjectKindsOf(actor);
  const region = scopeRegion(actor, regionCode);
  const { districtCode } = confinementOf(actor);
  const where: ObjectQuery<Task> = {};
  if (kinds) where.subjectKind = { $in: kinds };
  if (region) where.region = region;
  if (districtCode) where.$or = [{ district: districtCode }, { subjectKind: TaskSubjectKind.Mentorship }];
  return where;
}

/** Sunday of the week of an ISO date (weeks run Monday to Sunday). */
const endOfWeek = (day: string) => addDays(day, (7 - new Date(`${day}T00:00:00Z`).getUTCDay()) % 7);

function dueCondition(due: TaskDue, on: string): ObjectQuery<Task> {
  switch (due) {
    case TaskDue.OVERDUE:
      return { dueOn: { $lt: on } };
    case TaskDue.TODAY:
      return { dueOn: on };
    case TaskDue.THIS_WEEK:
      return { dueOn: { $gte: on, $lte: endOfWeek(on) } };
    case TaskDue.ALL:
      return {};
  }
}

/** The caller's own open tasks, by when they fall due. */
export function listMyTasks(ctx: Context, due: TaskDue, page: PageArgs) {
  const actor = requireActor(ctx.actor);
  return paginate(ctx.em, Task, { assignee: actor.userId, status: TaskStatus.OPEN, ...dueCondition(due, today()) }, page);
}

export function listTasks(ctx: Context, filter: TaskFilter = {}, page: PageArgs) {
  const actor = requireActor(ctx.actor);
  const where: ObjectQuery<Task> = { ...scopeOf(actor, filter.regionCode), status: { $in: filter.status?.length ? filter.status : [TaskStatus.OPEN] } };
  if (filter.kind?.length) where.kind = { $in: filter.kind };
  const assignee = assigneeOf(actor, filter.assignedTo);
  if (assignee !== undefined) where.assignee = assignee;
  if (filter.overdue !== undefined && filter.overdue !== null) where.dueOn = filter.overdue ? { $lt: today() } : { $gte: today() };
  return paginate(ctx.em, Task, where, page);
}

export interface TaskCount {
  assignee: User | null;
  open: number;
  overdue: number;
}

/** Open and overdue tasks per assignee in the caller's scope: one aggregate query. */
export async function countTasksByAssignee(ctx: Context, regionCode?: string | null): Promise<TaskCount[]> {
  const actor = requireActor(ctx.actor);
  const qb = ctx.em.createQueryBuilder(Task, 't')
    .select(['t.assignee', raw('count(*) as open'), raw('count(*) filter (where t.due_on < ?) as overdue', [today()])])
    .where({ ...scopeOf(actor, regionCode), status: TaskStatus.OPEN })
    .groupBy('t.assignee');
  const rows = (await qb.execute('all', false)) as { assignee_id: string | null; open: string; overdue: string }[];
  const users = await ctx.em.find(User, { id: { $in: rows.flatMap((row) => (row.assignee_id ? [row.assignee_id] : [])) } });
  const byId = new Map(users.map((user) => [user.id, user]));
  return rows
    .map((row) => ({ assignee: row.assignee_id ? (byId.get(row.assignee_id) ?? null) : null, open: Number(row.open), overdue: Number(row.overdue) }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open);
}

/** Where a task about a record belongs: the record's region and district (a placement's, its child's; a mentorship's, its mentor's region). */
async function placeOfSubject(ctx: Context, em: EntityManager, kind: TaskSubjectKind, id: string): Promise<{ region: string; district?: string }> {
  const found = async <T extends object>(entity: new (...args: never[]) => T, populate?: string[]) => {
    const record = isUuid(id) ? await em.findOne(entity, { id } as FilterQuery<T>, populate ? { populate: populate as never } : {}) : null;
    if (!record) throw notFound('Record');
    return assertVisible(ctx, kind, record);
  };
  switch (kind) {
    case TaskSubjectKind.Child: {
      const child = await found(Child);
      return { region: child.region.code, district: child.district?.code };
    }
    case TaskSubjectKind.Family: {
      const family = await found(Family);
      return { region: family.region.code, district: family.district?.code };
    }
    case TaskSubjectKind.Placement: {
      const child = (await found(Placement, ['child'])).child.getEntity();
      return { region: child.region.code, district: child.district?.code };
    }
    case TaskSubjectKind.Mentorship:
      return { region: (await found(Mentorship, ['mentor'])).mentor.getEntity().region.code };
  }
}

export async function createTask(ctx: Context, input: CreateTaskInput): Promise<Task> {
  const actor = requireActor(ctx.actor);
  if (!(subjectKindsOf(actor) ?? Object.values(TaskSubjectKind)).includes(input.subjectKind)) throw forbidden('Your role does not work tasks of this kind of record');
  if (input.dueOn < addDays(today(), -1)) throw badInput('dueOn', 'A new task falls due today or later');
  return ctx.em.transactional(async (em) => {
    const place = await placeOfSubject(ctx, em, input.subjectKind, input.subjectId);
    const assignee = input.assigneeId ?? actor.userId;
    // The assignee works where the record is: an enabled worker or coordinator of its region, or an administrator.
    const staff = await em.findOne(User, { id: assignee, disabled: false, role: { $in: [Role.ADMIN, Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.SUPERVISOR] } });
    if (!staff || (staff.role !== Role.ADMIN && staff.region?.code !== place.region)) throw badInput('assigneeId', 'The assignee must be a staff member of the record\'s region');
    const task = em.create(Task, { kind: input.kind, subjectKind: input.subjectKind, subjectId: input.subjectId, occurrence: '', region: place.region, district: place.district, assignee, dueOn: input.dueOn });
    task.occurrence = task.id;
    recordAudit(em, ctx, { action: 'task.create', entityName: 'Task', entityId: task.id, changedFields: ['kind', 'subject', 'dueOn', 'assignee'] });
    return task;
  });
}

/** Marks an open task done or cancelled by hand; a task already closed is a CONFLICT. */
export async function closeTask(ctx: Context, id: string, status: TaskStatus.DONE | TaskStatus.CANCELLED): Promise<Task> {
  requireActor(ctx.actor);
  return ctx.em.transactional(async (em) => {
    const task = isUuid(id) ? await em.findOne(Task, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!task) throw notFound('Task');
    await assertVisible(ctx, 'Task', task);
    if (task.status !== TaskStatus.OPEN) throw conflict('This task is already closed');
    const action = status === TaskStatus.DONE ? 'task.complete' : 'task.cancel';
    Object.assign(task, { status, closedAt: new Date(), closedBy: action });
    recordAudit(em, ctx, { action, entityName: 'Task', entityId: task.id, changedFields: ['status'] });
    return task;
  });
}

/** Asks the owner of a child just identified to enter it in the data bank by the law's deadline: in the registration's own transaction. */
export function openDataBankTask(em: EntityManager, child: Child): Task {
  const { dueOn, dueAt } = dataBankDeadline(child.identifiedAt);
  return em.create(Task, {
    kind: TaskKind.DATA_BANK_REGISTRATION, subjectKind: TaskSubjectKind.Child, subjectId: child.id, occurrence: DATA_BANK_OCCURRENCE,
    region: child.region, district: child.district, assignee: child.assignedWorker, dueOn, dueAt,
  });
}

/** The child is in the data bank: its task is done, in the transaction that recorded it. */
export async function closeDataBankTask(em: EntityManager, childId: string): Promise<void> {
  const task = await em.findOne(Task, { kind: TaskKind.DATA_BANK_REGISTRATION, subjectId: childId, occurrence: DATA_BANK_OCCURRENCE, status: TaskStatus.OPEN });
  if (task) Object.assign(task, { status: TaskStatus.DONE, closedAt: new Date(), closedBy: 'child.record-data-bank-registration' });
}
