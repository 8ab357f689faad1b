import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fullYearsBetween, today } from '../../shared/dates.js';
import { ChildType } from '../children/child.type.js';
import { FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { MATCHABLE_CHILD_STATUSES } from '../matching/matching.repository.js';
import type { Inquiry } from './inquiry.entity.js';
import { AnswerInquiryInput, InquiryFilter, ShareChildInput } from './inquiry.inputs.js';
import { isOverdue } from './inquiry.rules.js';
import { answerInquiry, expressInterest, getInquiry, listInquiries, shareChildWithFamily } from './inquiry.service.js';
import { InquiryChildProfileType, InquiryType } from './inquiry.type.js';

@ObjectType()
export class InquiryConnection extends ConnectionType(InquiryType, 'Inquiry') {}

@Resolver(() => InquiryType)
export class InquiryResolver {
  @Authorized(rolesFor('Query.inquiry'))
  @Query(() => InquiryType, { description: 'One inquiry: a family its own, staff those of their region\'s children.' })
  inquiry(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getInquiry(ctx, id);
  }

  @Authorized(rolesFor('Query.inquiries'))
  @Query(() => InquiryConnection, { description: 'Children shown to families and their inquiries: a family its own, staff those of their region\'s children.' })
  inquiries(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => InquiryFilter, { nullable: true }) filter?: InquiryFilter) {
    return listInquiries(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.shareChildWithFamily'))
  @Mutation(() => InquiryType, { description: 'Shows a waiting child (with the siblings waiting with it) to an approved family, which may then ask about it.' })
  shareChildWithFamily(@Ctx() ctx: Context, @Arg('input', () => ShareChildInput) input: ShareChildInput) {
    return shareChildWithFamily(ctx, input);
  }

  @Authorized(rolesFor('Mutation.expressInterest'))
  @Mutation(() => InquiryType, { description: 'The family asks about a child shown to it: its worker answers within the working days of `dueOn`.' })
  expressInterest(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return expressInterest(ctx, id);
  }

  @Authorized(rolesFor('Mutation.answerInquiry'))
  @Mutation(() => InquiryType, { description: 'The coded answer to an open inquiry: ACCEPTED for an introduction, or DECLINED with a reason code. The family is told by mail.' })
  answerInquiry(@Ctx() ctx: Context, @Arg('input', () => AnswerInquiryInput) input: AnswerInquiryInput) {
    return answerInquiry(ctx, input);
  }

  @Authorized(rolesFor('Inquiry.child'))
  @FieldResolver(() => ChildType, { nullable: true, description: 'The child, for staff who may see it; a family reads `childProfile`.' })
  child(@Root() inquiry: Inquiry, @Ctx() ctx: Context) {
    return ctx.loaders.child.load(inquiry.child.id);
  }

  @FieldResolver(() => FamilyType, { nullable: true })
  family(@Root() inquiry: Inquiry, @Ctx() ctx: Context) {
    return ctx.loaders.family.load(inquiry.family.id);
  }

  @FieldResolver(() => InquiryChildProfileType, { description: 'What the family is shown of the child.' })
  async childProfile(@Root() inquiry: Inquiry, @Ctx() ctx: Context): Promise<InquiryChildProfileType> {
    const child = (await ctx.loaders.child.load(inquiry.child.id))!;
    const group = child.siblingGroup ? await ctx.loaders.childrenBySiblingGroup.load(child.siblingGroup.id) : [];
    const waiting = group.filter((sibling) => sibling.id !== child.id && MATCHABLE_CHILD_STATUSES.includes(sibling.status));
    return { age: fullYearsBetween(child.birthDate, today()), sex: child.sex, siblingsWaiting: waiting.length, regionCode: child.region.code };
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its answer day.' })
  overdue(@Root() inquiry: Inquiry): boolean {
    return isOverdue(inquiry.status, inquiry.dueOn, today());
  }
}
