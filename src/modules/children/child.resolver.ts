import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { assignedWorkerOf } from '../casework/assignment.js';
import { StaffMemberType } from '../casework/staff-member.type.js';
import { PlacementForm } from '../../shared/enums.js';
import type { Context } from '../../graphql/context.js';
import { fullYearsBetween, today } from '../../shared/dates.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { PlacementType } from '../placements/placement.type.js';
import { FamilyType } from '../families/family.type.js';
import { InstitutionType } from '../institutions/institution.type.js';
import { PlacementStatus } from '../placements/placement.enums.js';
import { DistrictType } from '../regions/district.type.js';
import { RegionType } from '../regions/region.type.js';
import { Child } from './child.entity.js';
import { ChildStatus } from './child.enums.js';
import { IdentityCorrectionInput } from '../../graphql/person.inputs.js';
import { ChildFilter, LinkSiblingsInput, RecordDataBankExitInput, RecordDataBankRegistrationInput, RegisterChildInput, UnlinkSiblingInput, UpdateChildInput } from './child.inputs.js';
import { correctChildIdentity, getChild, listChildren, recordDataBankExit, recordDataBankRegistration, registerChild, updateChild } from './child.service.js';
import { ChildType, SiblingGroupType, SiblingsInRegionType } from './child.type.js';
import { linkSiblings, siblingsElsewhere, unlinkSibling } from './sibling.service.js';

@ObjectType()
export class ChildConnection extends ConnectionType(ChildType, 'Child') {}

@Resolver(() => ChildType)
export class ChildResolver {
  @Authorized(rolesFor('Query.child'))
  @Query(() => ChildType, { description: 'A child of your region (any region for administrators).' })
  child(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getChild(ctx, id);
  }

  @Authorized(rolesFor('Query.children'))
  @Query(() => ChildConnection)
  children(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => ChildFilter, { nullable: true }) filter?: ChildFilter) {
    return listChildren(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.registerChild'))
  @Mutation(() => ChildType)
  registerChild(@Ctx() ctx: Context, @Arg('input') input: RegisterChildInput) {
    return registerChild(ctx, input);
  }

  @Authorized(rolesFor('Mutation.updateChild'))
  @Mutation(() => ChildType)
  updateChild(@Ctx() ctx: Context, @Arg('input') input: UpdateChildInput) {
    return updateChild(ctx, input);
  }

  @Authorized(rolesFor('Mutation.correctChildIdentity'))
  @Mutation(() => ChildType, { description: 'Corrects IIN, names, birth date or sex, with the reason; audited with it.' })
  correctChildIdentity(@Ctx() ctx: Context, @Arg('input') input: IdentityCorrectionInput) {
    return correctChildIdentity(ctx, input);
  }

  @Authorized(rolesFor('Mutation.linkSiblings'))
  @Mutation(() => ChildType, { description: 'Links two children as siblings, merging their groups. Children of two regions are linked by an administrator.' })
  linkSiblings(@Ctx() ctx: Context, @Arg('input') input: LinkSiblingsInput) {
    return linkSiblings(ctx, input);
  }

  @Authorized(rolesFor('Mutation.unlinkSibling'))
  @Mutation(() => ChildType, { description: 'Takes a child out of their sibling group, with the reason.' })
  unlinkSibling(@Ctx() ctx: Context, @Arg('input') input: UnlinkSiblingInput) {
    return unlinkSibling(ctx, input);
  }

  @Authorized(rolesFor('Mutation.recordDataBankExit'))
  @Mutation(() => ChildType, { description: 'The child leaves the data bank (Code Art. 118-4).' })
  recordDataBankExit(@Ctx() ctx: Context, @Arg('input') input: RecordDataBankExitInput) {
    return recordDataBankExit(ctx, input);
  }

  @Authorized(rolesFor('Mutation.recordDataBankRegistration'))
  @Mutation(() => ChildType, { description: 'The child is entered in the Republican Data Bank, with the number it got there: closes its task. Once: again is CONFLICT.' })
  recordDataBankRegistration(@Ctx() ctx: Context, @Arg('input') input: RecordDataBankRegistrationInput) {
    return recordDataBankRegistration(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Full years today.' })
  age(@Root() child: Child) {
    return fullYearsBetween(child.birthDate, today());
  }

  @FieldResolver(() => StaffMemberType, { nullable: true, description: 'The worker who owns the case; null: unassigned.' })
  assignedWorker(@Root() child: Child, @Ctx() ctx: Context) {
    return assignedWorkerOf(child, ctx);
  }

  @FieldResolver(() => RegionType)
  region(@Root() child: Child, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(child.region.code);
  }

  @FieldResolver(() => DistrictType, { nullable: true, description: 'The district keeping the case; null: kept at region level.' })
  district(@Root() child: Child, @Ctx() ctx: Context) {
    return child.district ? ctx.loaders.district.load(child.district.code) : null;
  }

  @FieldResolver(() => InstitutionType, { nullable: true, description: 'The institution the child lives in while in the data bank’s care; null once placed in a family.' })
  institution(@Root() child: Child, @Ctx() ctx: Context) {
    const inCare = child.status === ChildStatus.AWAITING_PLACEMENT || child.status === ChildStatus.IN_INSTITUTION;
    return inCare && child.institution ? ctx.loaders.institution.load(child.institution.id) : null;
  }

  @Authorized(rolesFor('Child.currentFamily'))
  @FieldResolver(() => FamilyType, { nullable: true, description: 'The family the child lives with: that of its active placement (a guest family only visits).' })
  async currentFamily(@Root() child: Child, @Ctx() ctx: Context) {
    const placements = await ctx.loaders.placementsByChild.load(child.id);
    const active = placements.find((placement) => placement.status === PlacementStatus.ACTIVE && placement.form !== PlacementForm.GUEST_FAMILY);
    return active ? ctx.loaders.family.load(active.family.id) : null;
  }

  @FieldResolver(() => SiblingGroupType, { nullable: true })
  siblingGroup(@Root() child: Child, @Ctx() ctx: Context) {
    return child.siblingGroup ? ctx.loaders.siblingGroup.load(child.siblingGroup.id) : null;
  }

  @FieldResolver(() => [SiblingsInRegionType], { description: 'Siblings of the group you may not see (another region’s), counted by region: you see the link, not their records.' })
  siblingsElsewhere(@Root() child: Child, @Ctx() ctx: Context) {
    return siblingsElsewhere(ctx, child);
  }

  @FieldResolver(() => [ChildType], { description: 'The other children of the sibling group that you may see; `siblingsElsewhere` counts the rest.' })
  async siblings(@Root() child: Child, @Ctx() ctx: Context) {
    if (!child.siblingGroup) return [];
    const group = await ctx.loaders.childrenBySiblingGroup.load(child.siblingGroup.id);
    return group.filter((sibling) => sibling.id !== child.id);
  }

  @Authorized(rolesFor('Child.placements'))
  @FieldResolver(() => [PlacementType], { nullable: true, description: 'Newest first.' })
  placements(@Root() child: Child, @Ctx() ctx: Context) {
    return ctx.loaders.placementsByChild.load(child.id);
  }
}
