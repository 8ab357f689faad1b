import type { EntityManager } from '@mikro-orm/postgresql';
import { Child } from '../src/modules/children/child.entity.js';
import { User } from '../src/modules/identity/user.entity.js';
import { Region } from '../src/modules/regions/region.entity.js';
import { queueTaskDigests } from '../src/modules/tasks/task.jobs.js';
import { Task } from '../src/modules/tasks/task.entity.js';
import { TaskKind, TaskSubjectKind } from '../src/modules/tasks/task.enums.js';
import { sweepTasks } from '../src/modules/tasks/task.sweep.js';
import { addDays } from '../src/shared/dates.js';
import { Role } from '../src/shared/enums.js';

/** Due dates of each region's demo tasks, from the day of the seed: two overdue, two today, one later this week. */
const DEMO_DUES = [-5, -2, 0, 0, 3];
const DEMO_KINDS = [TaskKind.MANUAL_HOME_VISIT, TaskKind.MANUAL_DOCUMENT_REQUEST, TaskKind.MANUAL_CONTACT, TaskKind.MANUAL_HOME_VISIT, TaskKind.MANUAL_OTHER];

/**
 * The demo's tasks: the law's, swept from the population, and in every region a few manual tasks
 * about its first children, overdue, due today and this week, for the region's demo worker when
 * there is one (Astana, Almaty) and unassigned elsewhere; then the morning digest of each demo
 * worker in the outbox. Tasks are about now, so they count from `today`, the real date by default.
 */
export async function seedTasks(em: EntityManager, today: string): Promise<void> {
  if ((await em.count(Task)) > 0) return;
  await sweepTasks(em, { today });
  const workers = await em.find(User, { email: { $like: '%@shanyraq.demo' }, role: Role.SOCIAL_WORKER });
  for (const region of await em.find(Region, {}, { orderBy: { code: 'asc' } })) {
    const children = await em.find(Child, { region: region.code }, { orderBy: { id: 'asc' }, limit: DEMO_DUES.length });
    const assignee = workers.find((worker) => worker.region?.code === region.code);
    children.forEach((child, n) => {
      const task = em.create(Task, {
        kind: DEMO_KINDS[n]!, subjectKind: TaskSubjectKind.Child, subjectId: child.id, occurrence: '', region: region.code, district: child.district?.code, assignee: assignee?.id, dueOn: addDays(today, DEMO_DUES[n]!),
      });
      task.occurrence = task.id;
    });
  }
  await em.flush();
  await queueTaskDigests(em, today);
}
