import { Field, Int, ObjectType } from 'type-graphql';
import { StaffMemberType } from './staff-member.type.js';

/** What one worker carries: counts of the cases assigned to them, and of what in them is overdue. */
@ObjectType('Caseload', { description: 'The cases assigned to one worker, counted.' })
export class CaseloadType {
  @Field(() => StaffMemberType)
  worker!: unknown;

  @Field(() => Int, { description: 'Children assigned to the worker still in the data bank (not adopted, not left).' })
  openChildren!: number;

  @Field(() => Int, { description: 'Families assigned to the worker, rejected ones aside.' })
  families!: number;

  @Field(() => Int, { description: 'Mentors assigned to the coordinator.' })
  mentors!: number;

  @Field(() => Int, { description: 'Placements of the worker’s children not ended (proposed to active).' })
  openPlacements!: number;

  @Field(() => Int, { description: 'Active professional foster stays of the worker’s children past their last day.' })
  overdueStays!: number;

  @Field(() => Int, { description: 'The worker’s families whose approval has lapsed without a new decision (the 12-month re-check is overdue).' })
  expiredApprovals!: number;

  @Field(() => Int, { description: 'The worker’s families whose approval lapses within 30 days.' })
  lapsingApprovals!: number;

  @Field(() => Int, { description: 'Cases in an overdue state: overdue stays and lapsed approvals (their tasks, if late, are in overdueTasks).' })
  overdue!: number;

  @Field(() => Int, { description: 'Open tasks assigned to the worker past their due date.' })
  overdueTasks!: number;
}
