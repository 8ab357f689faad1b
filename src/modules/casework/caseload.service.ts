import type { Context } from '../../graphql/context.js';
import { SQL_TODAY } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { requireActor, scopeRegion } from '../identity/access-policy.js';
import { User } from '../identity/user.entity.js';
import { assessmentStatusSql } from '../families/family.status.js';
import { overdueSql } from '../placements/placement.stay.js';

/** Staff who carry cases. */
const CASE_ROLES = [Role.SOCIAL_WORKER, Role.MENTOR_COORDINATOR, Role.SUPERVISOR] as const;

/** Days ahead in which an approval counts as lapsing. */
const LAPSING_DAYS = 30;

export interface Caseload {
  worker: User;
  openChildren: number;
  families: number;
  mentors: number;
  openPlacements: number;
  overdueStays: number;
  expiredApprovals: number;
  lapsingApprovals: number;
  overdue: number;
  overdueTasks: number;
}

/** Each worker's counts in one statement: every count reads the assigned_worker_id indexes, none a row per case. */
const COUNTS = `
  select u.id,
    (select count(*) from child c where c.assigned_worker_id = u.id and c.status not in ('ADOPTED', 'LEFT_DATA_BANK')) as open_children,
    (select count(*) from family f where f.assigned_worker_id = u.id and f.assessment_status <> 'REJECTED') as families,
    (select count(*) from mentor m where m.assigned_worker_id = u.id) as mentors,
    (select count(*) from placement p join child c on c.id = p.child_id where c.assigned_worker_id = u.id and p.status <> 'ENDED') as open_placements,
    (select count(*) from placement p join child c on c.id = p.child_id where c.assigned_worker_id = u.id and ${overdueSql('p', SQL_TODAY)}) as overdue_stays,
    (select count(*) from family f where f.assigned_worker_id = u.id and ${assessmentStatusSql('f', SQL_TODAY)} = 'EXPIRED') as expired_approvals,
    (select count(*) from family f where f.assigned_worker_id = u.id and ${assessmentStatusSql('f', SQL_TODAY)} = 'APPROVED'
       and f.approval_expires_at < ${SQL_TODAY} + ${LAPSING_DAYS}) as lapsing_approvals,
    (select count(*) from task t where t.assignee_id = u.id and t.status = 'OPEN' and t.due_on < ${SQL_TODAY}) as overdue_tasks
  from app_user u where u.id = any(?)`;

async function caseloadsOf(ctx: Context, workers: User[]): Promise<Caseload[]> {
  if (workers.length === 0) return [];
  const rows = (await ctx.em.getKnex().raw(COUNTS, [workers.map((worker) => worker.id)])).rows as Record<string, string>[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return workers.map((worker) => {
    const row = byId.get(worker.id)!;
    const count = (column: string) => Number(row[column]);
    return {
      worker,
      openChildren: count('open_children'),
      families: count('families'),
      mentors: count('mentors'),
      openPlacements: count('open_placements'),
      overdueStays: count('overdue_stays'),
      expiredApprovals: count('expired_approvals'),
      lapsingApprovals: count('lapsing_approvals'),
      overdue: count('overdue_stays') + count('expired_approvals'),
      overdueTasks: count('overdue_tasks'),
    };
  });
}

/** The caller's own caseload. */
export async function myCaseload(ctx: Context): Promise<Caseload> {
  const actor = requireActor(ctx.actor);
  const me = await ctx.em.findOneOrFail(User, { id: actor.userId });
  return (await caseloadsOf(ctx, [me]))[0]!;
}

/** The enabled workers, coordinators and supervisors of a region, by name: staff, their own region only. */
export function caseWorkersOf(ctx: Context, regionCode: string): Promise<User[]> {
  const region = scopeRegion(requireActor(ctx.actor), regionCode);
  return ctx.em.find(User, { region: region ?? regionCode, role: { $in: [...CASE_ROLES] }, disabled: false }, { orderBy: { displayName: 'asc', id: 'asc' } });
}

/** The caseload of every enabled worker, coordinator and supervisor of a region, by name: a supervisor's own region only. */
export async function regionCaseloads(ctx: Context, regionCode: string): Promise<Caseload[]> {
  return caseloadsOf(ctx, await caseWorkersOf(ctx, regionCode));
}
