import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { assignedWorkerOf } from '../casework/assignment.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import type { Context } from '../../graphql/context.js';
import { IdentityCorrectionInput } from '../../graphql/person.inputs.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MentorshipStatus } from '../mentorships/mentorship.enums.js';
import { MentorshipType } from '../mentorships/mentorship.type.js';
import { RegionType } from '../regions/region.type.js';
import { Mentor } from './mentor.entity.js';
import { MentorFilter, RegisterMentorInput, UpdateMentorInput } from './mentor.inputs.js';
import { correctMentorIdentity, getMentor, listMentors, registerMentor, updateMentor } from './mentor.service.js';
import { MentorType } from './mentor.type.js';

@ObjectType()
export class MentorConnection extends ConnectionType(MentorType, 'Mentor') {}

@Resolver(() => MentorType)
export class MentorResolver {
  @Authorized(rolesFor('Query.mentor'))
  @Query(() => MentorType, { description: 'A mentor of your region (any region for administrators).' })
  mentor(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getMentor(ctx, id);
  }

  @Authorized(rolesFor('Query.mentors'))
  @Query(() => MentorConnection)
  mentors(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => MentorFilter, { nullable: true }) filter?: MentorFilter) {
    return listMentors(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.registerMentor'))
  @Mutation(() => MentorType)
  registerMentor(@Ctx() ctx: Context, @Arg('input') input: RegisterMentorInput) {
    return registerMentor(ctx, input);
  }

  @Authorized(rolesFor('Mutation.correctMentorIdentity'))
  @Mutation(() => MentorType, { description: 'Corrects IIN, names, birth date or sex, with the reason; audited with it.' })
  correctMentorIdentity(@Ctx() ctx: Context, @Arg('input') input: IdentityCorrectionInput) {
    return correctMentorIdentity(ctx, input);
  }

  @Authorized(rolesFor('Mutation.updateMentor'))
  @Mutation(() => MentorType)
  updateMentor(@Ctx() ctx: Context, @Arg('input') input: UpdateMentorInput) {
    return updateMentor(ctx, input);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'The coordinator who owns the mentor’s file; null: unassigned.' })
  assignedWorker(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    return assignedWorkerOf(mentor, ctx);
  }

  @FieldResolver(() => RegionType)
  region(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(mentor.region.code);
  }

  @FieldResolver(() => [MentorshipType], { description: 'Newest first, closed ones included.' })
  mentorships(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    return ctx.loaders.mentorshipsByMentor.load(mentor.id);
  }

  @FieldResolver(() => Int, { description: 'Mentorships in ACTIVE status.' })
  async activeMenteeCount(@Root() mentor: Mentor, @Ctx() ctx: Context) {
    const mentorships = await ctx.loaders.mentorshipsByMentor.load(mentor.id);
    return mentorships.filter((mentorship) => mentorship.status === MentorshipStatus.ACTIVE).length;
  }
}
