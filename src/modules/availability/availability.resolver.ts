import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { Family } from '../families/family.entity.js';
import { FamilyType } from '../families/family.type.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { confirmMyAvailability, lapsesOn } from './availability.service.js';

@Resolver(() => FamilyType)
export class AvailabilityResolver {
  @Authorized(rolesFor('Mutation.confirmMyAvailability'))
  @Mutation(() => FamilyType, {
    description: 'The family says its `acceptingPlacements` and `capacity`, as read at `version`, still hold: no review, audited. Other values go by `submitFamilyChanges`.',
  })
  confirmMyAvailability(@Ctx() ctx: Context, @Arg('version', () => Int) version: number) {
    return confirmMyAvailability(ctx, version);
  }

  @FieldResolver(() => Date, { description: 'When the family last confirmed its availability and capacity (registration, confirmMyAvailability, or an accepted change of either).' })
  availabilityConfirmedAt(@Root() family: Family): Date {
    return family.availabilityConfirmedAt;
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'From this day matching no longer counts on the family\'s availability (AVAILABILITY-CURRENT) unless it confirms it again; null while the rule is off.' })
  availabilityLapsesOn(@Root() family: Family, @Ctx() ctx: Context) {
    return lapsesOn(ctx, family);
  }
}
