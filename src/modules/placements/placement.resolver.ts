import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import type { Context } from '../../graphql/context.js';
import { ChildType } from '../children/child.type.js';
import { FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { Placement } from './placement.entity.js';
import type { PlacementTransition } from './placement-transition.entity.js';
import { ActivatePlacementInput, ApprovePlacementInput, EndPlacementInput, ExtendPlacementStayInput, PlacementFilter, PlacementStepInput, ProposePlacementInput, RecordChildConsentInput } from './placement.inputs.js';
import {
  activatePlacement,
  approvePlacement,
  endPlacement,
  extendPlacementStay,
  getPlacement,
  listPlacements,
  proposePlacement,
  recordChildConsent,
  startPlacementIntroduction,
  startPlacementTrial,
} from './placement.service.js';
import { PlacementTransitionType, PlacementType } from './placement.type.js';

@ObjectType()
export class PlacementConnection extends ConnectionType(PlacementType, 'Placement') {}

@Resolver(() => PlacementType)
export class PlacementResolver {
  @Authorized(rolesFor('Query.placement'))
  @Query(() => PlacementType)
  placement(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return getPlacement(ctx, id);
  }

  @Authorized(rolesFor('Query.placements'))
  @Query(() => PlacementConnection, { description: 'Placements of your region (of your own family, for a family).' })
  placements(@Ctx() ctx: Context, @Args() page: PageArgs, @Arg('filter', () => PlacementFilter, { nullable: true }) filter?: PlacementFilter) {
    return listPlacements(ctx, filter, page);
  }

  @Authorized(rolesFor('Mutation.proposePlacement'))
  @Mutation(() => PlacementType, {
    description:
      'Proposes a child, with the siblings waiting with it, to a family; the server re-checks the HARD rules (NOT_ELIGIBLE with ' +
      'the rule codes) and keeps the evaluation. Returns the placement of the child asked about; each sibling gets its own.',
  })
  proposePlacement(@Ctx() ctx: Context, @Arg('input') input: ProposePlacementInput) {
    return proposePlacement(ctx, input);
  }

  @Authorized(rolesFor('Mutation.recordChildConsent'))
  @Mutation(() => PlacementType, { description: 'A-CONSENT: records the consent or opinion of a child aged 10+; needed before the placement advances.' })
  recordChildConsent(@Ctx() ctx: Context, @Arg('input') input: RecordChildConsentInput) {
    return recordChildConsent(ctx, input);
  }

  @Authorized(rolesFor('Mutation.startPlacementIntroduction'))
  @Mutation(() => PlacementType, { description: 'PROPOSED → INTRODUCTION: the child and the family meet.' })
  startPlacementIntroduction(@Ctx() ctx: Context, @Arg('input') input: PlacementStepInput) {
    return startPlacementIntroduction(ctx, input);
  }

  @Authorized(rolesFor('Mutation.startPlacementTrial'))
  @Mutation(() => PlacementType, { description: 'INTRODUCTION → TRIAL; not for guest and professional foster families.' })
  startPlacementTrial(@Ctx() ctx: Context, @Arg('input') input: PlacementStepInput) {
    return startPlacementTrial(ctx, input);
  }

  @Authorized(rolesFor('Mutation.approvePlacement'))
  @Mutation(() => PlacementType, { description: 'TRIAL (INTRODUCTION for forms without trial) → APPROVED, on the decision the form requires.' })
  approvePlacement(@Ctx() ctx: Context, @Arg('input') input: ApprovePlacementInput) {
    return approvePlacement(ctx, input);
  }

  @Authorized(rolesFor('Mutation.activatePlacement'))
  @Mutation(() => PlacementType, { description: 'APPROVED → ACTIVE: the child lives with the family. One active placement per child.' })
  activatePlacement(@Ctx() ctx: Context, @Arg('input') input: ActivatePlacementInput) {
    return activatePlacement(ctx, input);
  }

  @Authorized(rolesFor('Mutation.endPlacement'))
  @Mutation(() => PlacementType, { description: 'Ends a placement at any stage, with a reason that fits the stage.' })
  endPlacement(@Ctx() ctx: Context, @Arg('input') input: EndPlacementInput) {
    return endPlacement(ctx, input);
  }

  @Authorized(rolesFor('Mutation.extendPlacementStay'))
  @Mutation(() => PlacementType, { description: 'P-STAY: extends an active professional foster stay, once, on a recorded decision, to at most 12 months from its start.' })
  extendPlacementStay(@Ctx() ctx: Context, @Arg('input') input: ExtendPlacementStayInput) {
    return extendPlacementStay(ctx, input);
  }

  @FieldResolver(() => ChildType, { nullable: true, description: 'Null, with FORBIDDEN, when the child is not yours to see.' })
  child(@Root() placement: Placement, @Ctx() ctx: Context) {
    return ctx.loaders.child.load(placement.child.id);
  }

  @FieldResolver(() => FamilyType, { nullable: true, description: 'Null, with FORBIDDEN, when the family is not yours to see.' })
  family(@Root() placement: Placement, @Ctx() ctx: Context) {
    return ctx.loaders.family.load(placement.family.id);
  }

  @FieldResolver(() => [PlacementTransitionType], { description: 'Oldest first.' })
  transitions(@Root() placement: Placement, @Ctx() ctx: Context) {
    return ctx.loaders.transitionsByPlacement.load(placement.id);
  }
}

@Resolver(() => PlacementTransitionType)
export class PlacementTransitionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who recorded the step; null once their account is gone.' })
  async actorName(@Root() transition: PlacementTransition, @Ctx() ctx: Context) {
    if (!transition.actor) return null;
    return (await ctx.loaders.user.load(transition.actor.id))?.displayName ?? null;
  }
}
