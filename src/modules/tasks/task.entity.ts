import { Entity, Enum, Index, ManyToOne, Opt, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../db/base.entity.js';
import { User } from '../identity/user.entity.js';
import { District } from '../regions/district.entity.js';
import { Region } from '../regions/region.entity.js';
import { TaskKind, TaskStatus, TaskSubjectKind } from './task.enums.js';

/**
 * Something a worker or coordinator must do by a date. Tasks the law sets are made by the task
 * sweep from the records (task.sweep.ts) and closed by it when what they ask for is done; one per
 * kind, subject and occurrence (the date the law counts from), which the unique key keeps however
 * many sweeps run at once.
 */
@Entity({ tableName: 'task' })
@Unique({ name: 'task_one_per_occurrence', properties: ['kind', 'subjectId', 'occurrence'] })
// A worker's open tasks and a region's, in the order of their pages: by due date, then as made (ids are UUIDv7).
@Index({ name: 'task_open_by_assignee', expression: `create index "task_open_by_assignee" on "task" ("assignee_id", "due_on", "id") where "status" = 'OPEN'` })
@Index({ name: 'task_open_by_region', expression: `create index "task_open_by_region" on "task" ("region_code", "due_on", "id") where "status" = 'OPEN'` })
export class Task extends BaseEntity {
  @Enum({ items: () => TaskKind, type: 'string' })
  kind!: TaskKind;

  @Enum({ items: () => TaskSubjectKind, type: 'string' })
  subjectKind!: TaskSubjectKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** What the task is one of: the date the law counts from for the law's tasks, the task's own id for manual ones. */
  @Property({ type: 'string', length: 64 })
  occurrence!: string;

  /** The subject's region and district, kept here so scope and lists need no join. */
  @ManyToOne(() => Region, { ref: true })
  region!: Ref<Region>;

  @ManyToOne(() => District, { ref: true, nullable: true })
  district?: Ref<District>;

  /** Who must do it: the case's assigned worker; null while the case has none (the region's to share out). */
  @ManyToOne(() => User, { ref: true, nullable: true })
  assignee?: Ref<User>;

  /** The day it falls due (in Kazakhstan, for a deadline counted in working days). */
  @Property({ type: 'date' })
  dueOn!: string;

  /** The instant it falls due, where the law counts working days: the end of `dueOn` in Kazakhstan; null: the whole of `dueOn`. */
  @Property({ type: 'timestamptz', nullable: true })
  dueAt?: Date;

  @Enum({ items: () => TaskStatus, type: 'string' })
  status: TaskStatus & Opt = TaskStatus.OPEN;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date;

  /** What closed it: the event that did what it asked (`placement.extend-stay`, `family.assess`, …), `task.complete` or `task.cancel` by a person. */
  @Property({ type: 'string', length: 64, nullable: true })
  closedBy?: string;
}
