import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../shared/app-error.js';
import type { Context } from '../../graphql/context.js';
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
