import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import { TaskDue, TaskKind, TaskStatus, TaskSubjectKind } from './task.enums.js';

registerEnumType(TaskKind, { name: 'TaskKind', description: 'What a task asks for: the law\'s deadlines, made and closed by the service, and MANUAL_ ones staff set themselves.' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskSubjectKind, { name: 'TaskSubjectKind', description: 'The kind of record a task is about.' });
registerEnumType(TaskDue, { name: 'TaskDue' });

@ObjectType('Task', { description: 'Something to do by a date, about one record.' })
export class TaskType {
  @Field(() => ID)
  id!: string;

  @Field(() => TaskKind)
  kind!: TaskKind;

  @Field(() => TaskSubjectKind)
  subjectKind!: TaskSubjectKind;

  @Field(() => ID, { description: 'The record the task is about (open it with child, family, placement or mentorship).' })
  subjectId!: string;

  @Field(() => LocalDateScalar, { description: 'The day it falls due (in Kazakhstan, for a deadline in working days).' })
  dueOn!: string;

  @Field(() => Date, { nullable: true, description: 'The instant it falls due where the law counts working days: the end of that working day in Kazakhstan (Asia/Almaty). Null: the whole of dueOn.' })
  dueAt?: Date;

  @Field(() => TaskStatus)
  status!: TaskStatus;

  @Field(() => Date, { nullable: true })
  closedAt?: Date;

  @Field(() => String, { nullable: true, description: 'What closed it: the event that did what it asked (`placement.extend-stay`, `family.assess`, `mentorship.record-meeting`, …), or `task.complete` / `task.cancel` by a person.' })
  closedBy?: string;

  @Field()
  createdAt!: Date;
}

@ObjectType('TaskCount', { description: 'Open and overdue tasks of one assignee (or of nobody).' })
export class TaskCountType {
  @Field(() => StaffMemberType, { nullable: true, description: 'Null: tasks of cases nobody is assigned to.' })
  assignee?: unknown;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;
}
