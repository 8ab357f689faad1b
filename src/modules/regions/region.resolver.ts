import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import type { District } from './district.entity.js';
import { DistrictType } from './district.type.js';
import { RegionType } from './region.type.js';
import { listDistricts, listRegions } from './region.service.js';

@Resolver(() => RegionType)
export class RegionResolver {
  @Query(() => [RegionType], { description: 'Reference data: open to everyone.' })
  regions(@Ctx() ctx: Context) {
    return listRegions(ctx);
  }
}

@Resolver(() => DistrictType)
export class DistrictResolver {
  @Query(() => [DistrictType], { description: 'Reference data: open to everyone. Every district, or those of one region.' })
  districts(@Ctx() ctx: Context, @Arg('regionCode', () => String, { nullable: true }) regionCode?: string) {
    return listDistricts(ctx, regionCode);
  }

  @FieldResolver(() => String)
  regionCode(@Root() district: District) {
    return district.region.code;
  }
}
