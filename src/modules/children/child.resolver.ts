import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { fullYearsBetween, today } from '../../shared/dates.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { PlacementType } from '../placements/placement.type.js';
import { RegionType } from '../regions/region.type.js';
import { Child } from './child.entity.js';
import { ChildFilter, RecordDataBankExitInput, RegisterChildInput, UpdateChildInput } from './child.inputs.js';
import { getChild, listChildren, recordDataBankExit, registerChild, updateChild } from './child.service.js';
import { ChildType, SiblingGroupType } from './child.type.js';

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

  @Authorized(rolesFor('Mutation.recordDataBankExit'))
  @Mutation(() => ChildType, { description: 'The child leaves the data bank (Code Art. 118-4).' })
  recordDataBankExit(@Ctx() ctx: Context, @Arg('input') input: RecordDataBankExitInput) {
    return recordDataBankExit(ctx, input);
  }

  @FieldResolver(() => Int, { description: 'Full years today.' })
  age(@Root() child: Child) {
    return fullYearsBetween(child.birthDate, today());
  }

  @FieldResolver(() => RegionType)
  region(@Root() child: Child, @Ctx() ctx: Context) {
    return ctx.loaders.region.load(child.region.code);
  }

  @FieldResolver(() => SiblingGroupType, { nullable: true })
  siblingGroup(@Root() child: Child, @Ctx() ctx: Context) {
    return child.siblingGroup ? ctx.loaders.siblingGroup.load(child.siblingGroup.id) : null;
  }

  @FieldResolver(() => [ChildType], { description: 'The other children of the sibling group.' })
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
