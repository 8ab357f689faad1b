import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RegionType } from './region.type.js';
import { listRegions } from './region.service.js';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], { description: 'Reference data: open to everyone.' })
  regions(@Ctx() ctx: Context) {
    return listRegions(ctx);
  }
}
