import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { rolesFor } from '../identity/authorization-matrix.js';
import { regionFigures } from './region-figures.service.js';
import { RegionFigures } from './region-figures.type.js';

@Resolver(() => RegionFigures)
export class RegionFiguresResolver {
  @Authorized(rolesFor('Query.regionFigures'))
  @Query(() => RegionFigures, { description: 'How a region is doing between two dates (at most five years): an administrator names any region or none for the country; staff, their own region.' })
  regionFigures(
    @Ctx() ctx: Context,
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
    @Arg('regionCode', () => String, { nullable: true }) regionCode?: string,
  ) {
    return regionFigures(ctx, regionCode, from, to);
  }
}
