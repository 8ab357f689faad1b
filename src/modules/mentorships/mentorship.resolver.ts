import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { ChildType } from '../children/child.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MentorType } from '../mentors/mentor.type.js';
import { Mentorship } from './mentorship.entity.js';
import {
  ActivateMentorshipInput,
  CloseMentorshipInput,
  MentorshipFilter,
  MentorshipStepInput,
  ProposeMentorshipInput,
  RecordMentorshipMeetingInput,
} from './mentorship.inputs.js';
import {
  activateMentorship,
  closeMentorship,
  getMentorship,
  listMentorships,
  pauseMentorship,
  proposeMentorship,
  recordMentorshipMeeting,
  resumeMentorship,
} from './mentorship.service.js';
import { MentorshipMeetingType, MentorshipType } from './mentorship.type.js';

@ObjectType()
export class MentorshipConnection extends ConnectionType(MentorshipType, 'Mentorship') {}

@Resolver(() => MentorshipType)
export class MentorshipResolver {
  @Authorized(rolesFor('Query.mentorship'))
  @Query(() => MentorshipType)
  mentorship(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getMentorship(ctx, id);
  }

  @Authorized(rolesFor('Query.mentorships'))
  @Query(() => MentorshipConnection, { description: 'Mentorships whose mentor or child is of your region (any, for administrators).' })
  mentorships(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => MentorshipFilter, { nullable: true }) filter?: MentorshipFilter) {
    return listMentorships(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.proposeMentorship'))
  @Mutation(() => MentorshipType, { description: 'Pairs a cleared, certified mentor with a child aged 10 or over; starts PROPOSED.' })
  proposeMentorship(@Ctx() ctx: Context, @Arg('input') input: ProposeMentorshipInput) {
    return proposeMentorship(ctx, input);
  }

  @Authorized(rolesFor('Mutation.activateMentorship'))
  @Mutation(() => MentorshipType, { description: 'PROPOSED → ACTIVE.' })
  activateMentorship(@Ctx() ctx: Context, @Arg('input') input: ActivateMentorshipInput) {
    return activateMentorship(ctx, input);
  }

  @Authorized(rolesFor('Mutation.pauseMentorship'))
  @Mutation(() => MentorshipType, { description: 'ACTIVE → PAUSED.' })
  pauseMentorship(@Ctx() ctx: Context, @Arg('input') input: MentorshipStepInput) {
    return pauseMentorship(ctx, input);
  }

  @Authorized(rolesFor('Mutation.resumeMentorship'))
  @Mutation(() => MentorshipType, { description: 'PAUSED → ACTIVE.' })
  resumeMentorship(@Ctx() ctx: Context, @Arg('input') input: MentorshipStepInput) {
    return resumeMentorship(ctx, input);
  }

  @Authorized(rolesFor('Mutation.closeMentorship'))
  @Mutation(() => MentorshipType, { description: 'Closes a mentorship at any stage, with a reason.' })
  closeMentorship(@Ctx() ctx: Context, @Arg('input') input: CloseMentorshipInput) {
    return closeMentorship(ctx, input);
  }

  @Authorized(rolesFor('Mutation.recordMentorshipMeeting'))
  @Mutation(() => MentorshipMeetingType, { description: 'Records a meeting of an active mentorship.' })
  recordMentorshipMeeting(@Ctx() ctx: Context, @Arg('input') input: RecordMentorshipMeetingInput) {
    return recordMentorshipMeeting(ctx, input);
  }

  @FieldResolver(() => MentorType, { nullable: true, description: 'Null, with FORBIDDEN, when the mentor is not yours to see.' })
  mentor(@Root() mentorship: Mentorship, @Ctx() ctx: Context) {
    return ctx.loaders.mentor.load(mentorship.mentor.id);
  }

  @FieldResolver(() => ChildType, { nullable: true, description: 'Null, with FORBIDDEN, when the child is not yours to see.' })
  child(@Root() mentorship: Mentorship, @Ctx() ctx: Context) {
    return ctx.loaders.child.load(mentorship.child.id);
  }

  @FieldResolver(() => [MentorshipMeetingType], { description: 'Newest first.' })
  meetings(@Root() mentorship: Mentorship, @Ctx() ctx: Context) {
    return ctx.loaders.meetingsByMentorship.load(mentorship.id);
  }
}
