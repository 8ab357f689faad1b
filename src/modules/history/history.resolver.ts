import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, MAX_PAGE_SIZE, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { historyOf, timelineOf } from './history.service.js';
import { HistoryEntryType, TimelineEntryType } from './history.type.js';

@ObjectType()
export class HistoryEntryConnection extends ConnectionType(HistoryEntryType, 'HistoryEntry') {}

@ArgsType()
class TimelineArgs {
  @Field(() => ID)
  childId!: string;

  @Field(() => Int, { defaultValue: 50, description: `The newest events, at most ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first!: number;
}

@Resolver()
export class HistoryResolver {
  @Authorized(rolesFor('Query.history'))
  @Query(() => HistoryEntryConnection, {
    description: 'The changes of a child, family, applicant, mentor, placement or mentorship, newest first, for staff who may see the record; fields they may not read on it are left out.',
  })
  history(@Ctx() ctx: Context, @Arg('recordId', () => ID) recordId: string, @Args() page: PageArgs) {
    return historyOf(ctx, recordId, page);
  }

  @Authorized(rolesFor('Query.childTimeline'))
  @Query(() => [TimelineEntryType], { description: "A child's case in one list, newest first: registration, identity corrections, placement steps and consents, mentorships and meetings the caller may see." })
  childTimeline(@Ctx() ctx: Context, @Args() { childId, first }: TimelineArgs) {
    return timelineOf(ctx, childId, first);
  }
}
