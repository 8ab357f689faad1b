import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { assignedWorkerOf } from '../casework/assignment.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import { today } from '../../shared/dates.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import type { Task } from './task.entity.js';
import { TaskDue, TaskStatus } from './task.enums.js';
import { CreateTaskInput, TaskFilter } from './task.inputs.js';
import { closeTask, countTasksByAssignee, createTask, listMyTasks, listTasks } from './task.service.js';
import { TaskCountType, TaskType } from './task.type.js';

@ObjectType()
export class TaskConnection extends ConnectionType(TaskType, 'Task') {}

@Resolver(() => TaskType)
export class TaskResolver {
  @Authorized(rolesFor('Query.myTasks'))
  @Query(() => TaskConnection, { description: 'Your own open tasks: overdue, due today, due this week (to Sunday), or all.' })
  myTasks(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('due', () => TaskDue, { defaultValue: TaskDue.ALL }) due: TaskDue) {
    return listMyTasks(ctx, due, page);
  }

  @Authorized(rolesFor('Query.tasks'))
  @Query(() => TaskConnection, { description: 'Tasks of your region (open ones unless the filter says otherwise): a worker sees those of children, families and placements, a coordinator those of children and mentorships.' })
  tasks(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => TaskFilter, { nullable: true }) filter?: TaskFilter) {
    return listTasks(ctx, filter, page);
  }

  @Authorized(rolesFor('Query.taskCounts'))
  @Query(() => [TaskCountType], { description: 'Open and overdue tasks per assignee in your scope, most overdue first.' })
  taskCounts(@Ctx() ctx: Context, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string) {
    return countTasksByAssignee(ctx, regionCode);
  }

  @Authorized(rolesFor('Mutation.createTask'))
  @Mutation(() => TaskType, { description: 'A task of your own making about a record you may see, for you or a colleague of its region.' })
  createTask(@Ctx() ctx: Context, @Arg('input', () => CreateTaskInput) input: CreateTaskInput) {
    return createTask(ctx, input);
  }

  @Authorized(rolesFor('Mutation.completeTask'))
  @Mutation(() => TaskType, { description: 'Marks an open task done.' })
  completeTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return closeTask(ctx, id, TaskStatus.DONE);
  }

  @Authorized(rolesFor('Mutation.cancelTask'))
  @Mutation(() => TaskType, { description: 'Cancels an open task: it is no longer needed.' })
  cancelTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return closeTask(ctx, id, TaskStatus.CANCELLED);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'Who must do it; null: the case has no assigned worker yet.' })
  assignee(@Root() task: Task, @Ctx() ctx: Context) {
    return assignedWorkerOf({ assignedWorker: task.assignee }, ctx);
  }

  @FieldResolver(() => String, { description: 'The region of the record.' })
  regionCode(@Root() task: Task): string {
    return task.region.code;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (its due instant, when it has one).' })
  overdue(@Root() task: Task): boolean {
    return task.status === TaskStatus.OPEN && (task.dueAt ? task.dueAt.getTime() < Date.now() : task.dueOn < today());
  }
}
