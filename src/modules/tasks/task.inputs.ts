import { IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { IsPlainText } from '../../graphql/validation.js';
import { AssignedToFilter } from '../casework/assignment.js';
import { MANUAL_TASK_KINDS, TaskKind, TaskStatus, TaskSubjectKind } from './task.enums.js';

@InputType()
export class CreateTaskInput {
  @Field(() => TaskKind, { description: 'One of the MANUAL_ kinds: the law\'s tasks are made by the service.' })
  @IsIn(MANUAL_TASK_KINDS, { message: 'kind must be one of the MANUAL_ kinds' })
  kind!: TaskKind;

  @Field(() => TaskSubjectKind)
  subjectKind!: TaskSubjectKind;

  @Field(() => ID)
  @IsUUID()
  subjectId!: string;

  @Field(() => LocalDateScalar)
  dueOn!: string;

  @Field(() => ID, { nullable: true, description: 'A staff member of the record\'s region; the caller when left out.' })
  @IsUUID()
  assigneeId?: string;
}

/** Every condition given must hold. */
@InputType()
export class TaskFilter {
  @Field(() => [TaskStatus], { nullable: true, description: 'OPEN when left out.' })
  status?: TaskStatus[];

  @Field(() => [TaskKind], { nullable: true })
  kind?: TaskKind[];

  @AssignedToFilter()
  assignedTo?: string;

  @Field(() => String, { nullable: true })
  @IsPlainText(32)
  regionCode?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only tasks past their due date (true), or only those not (false).' })
  overdue?: boolean;
}
