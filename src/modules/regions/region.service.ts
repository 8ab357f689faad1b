import type { Context } from '../../graphql/context.js';
import { Region } from './region.entity.js';

export function listRegions(ctx: Context): Promise<Region[]> {
  return ctx.em.find(Region, {}, { orderBy: { nameEn: 'asc' } });
}
