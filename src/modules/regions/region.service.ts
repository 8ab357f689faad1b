import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../shared/app-error.js';
import type { Context } from '../../graphql/context.js';
import { District } from './district.entity.js';
import { Region } from './region.entity.js';

export function listRegions(ctx: Context): Promise<Region[]> {
  return ctx.em.find(Region, {}, { orderBy: { nameEn: 'asc' } });
}

/** The region named in an input, or BAD_USER_INPUT on `regionCode`. */
export async function findRegion(em: EntityManager, code: string): Promise<Region> {
  const region = await em.findOne(Region, { code });
  if (!region) throw badInput('regionCode', 'Unknown region code');
  return region;
}

export function listDistricts(ctx: Context, regionCode?: string | null): Promise<District[]> {
  return ctx.em.find(District, regionCode ? { region: regionCode } : {}, { orderBy: { region: 'asc', nameEn: 'asc' } });
}

/** The district named in an input, which must lie in the record's region, or BAD_USER_INPUT on `field`. */
export async function findDistrict(em: EntityManager, code: string, regionCode: string, field = 'districtCode'): Promise<District> {
  const district = await em.findOne(District, { code, region: regionCode });
  if (!district) throw badInput(field, 'Unknown district of this region');
  return district;
}
