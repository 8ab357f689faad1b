import { LockMode, ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { assertVisible, onlyVisible } from '../../graphql/record-guard.js';
import { badInput, forbidden, notFound } from '../../shared/app-error.js';
import { isUuid } from '../../shared/uuid.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireActor } from '../identity/access-policy.js';
import type { Region } from '../regions/region.entity.js';
import { Child } from './child.entity.js';
import type { LinkSiblingsInput, UnlinkSiblingInput } from './child.inputs.js';
import { groupWithin } from './child.service.js';
import { SiblingGroup } from './sibling-group.entity.js';

/**
 * Sibling links made or undone after registration. A regional worker links two children they
 * can see, into a group that stays within what they can see; a group across a border (brothers
 * in Astana, a sister in Almaty) is linked by an administrator, who sees every region: no worker
 * can probe another region's children by id or IIN through a link. Once linked, staff of each
 * region see their own children of the group and only a count of the others (`siblingsElsewhere`).
 */

const LINKED = 'child.link-siblings';

/** A child locked for the link, so two links made at once cannot leave siblings in two groups. */
async function lockedChild(ctx: Context, em: EntityManager, id: string, field: string): Promise<Child> {
  const child = isUuid(id) ? await em.findOne(Child, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!child) throw field === 'childId' ? notFound('Child') : badInput(field, 'Unknown child');
  if (field === 'childId') return assertVisible(ctx, 'Child', child);
  // A child of another region is answered like an unknown one: a link is no way to test ids.
  if ((await onlyVisible(ctx, 'Child', [child])).length === 0) throw badInput(field, 'Unknown child');
  return child;
}

export async function linkSiblings(ctx: Context, input: LinkSiblingsInput): Promise<Child> {
  const actor = requireActor(ctx.actor);
  if (input.childId === input.siblingId) throw badInput('siblingId', 'A child is not their own sibling');
  return ctx.em.transactional(async (em) => {
    const child = await lockedChild(ctx, em, input.childId, 'childId');
    const sibling = await lockedChild(ctx, em, input.siblingId, 'siblingId');
    const [own, theirs] = [child.siblingGroup?.id, sibling.siblingGroup?.id];
    if (own !== undefined && own === theirs) throw badInput('siblingId', 'The children are already in one sibling group');
    for (const group of [own, theirs]) {
      if (group !== undefined && !(await groupWithin(em, group, actor))) {
        throw forbidden('The sibling group includes children you do not work with: an administrator links it');
      }
    }
    const target = own ? await em.findOneOrFail(SiblingGroup, { id: own }) : theirs ? await em.findOneOrFail(SiblingGroup, { id: theirs }) : em.create(SiblingGroup, {});
    // Everyone not yet in the target group joins it; a group merged into it is left empty and removed.
    const joining = own && theirs ? await em.find(Child, { siblingGroup: theirs }) : [own ? sibling : child, ...(own || theirs ? [] : [sibling])];
    if (own && theirs) {
      const merged = await em.findOneOrFail(SiblingGroup, { id: theirs });
      target.note ??= merged.note;
      em.remove(merged);
    }
    for (const member of joining) {
      member.siblingGroup = ref(target);
      recordAudit(em, ctx, { action: LINKED, entityName: 'Child', entityId: member.id, changedFields: ['siblingGroup'] });
    }
    return child;
  });
}

/** Takes a child out of their sibling group, with the reason; a group left with one child is dissolved. */
export async function unlinkSibling(ctx: Context, input: UnlinkSiblingInput): Promise<Child> {
  requireActor(ctx.actor);
  if (input.reason.trim().length < 3) throw badInput('reason', 'State why the child is no longer linked to their siblings');
  return ctx.em.transactional(async (em) => {
    const child = await lockedChild(ctx, em, input.childId, 'childId');
    const groupId = child.siblingGroup?.id;
    if (!groupId) throw badInput('childId', 'The child is in no sibling group');
    child.siblingGroup = undefined;
    recordAudit(em, ctx, { action: 'child.unlink-sibling', entityName: 'Child', entityId: child.id, changedFields: ['siblingGroup'], reason: input.reason });
    const rest = await em.find(Child, { siblingGroup: groupId, id: { $ne: child.id } });
    if (rest.length <= 1) {
      for (const alone of rest) {
        alone.siblingGroup = undefined;
        recordAudit(em, ctx, { action: 'child.unlink-sibling', entityName: 'Child', entityId: alone.id, changedFields: ['siblingGroup'] });
      }
      em.remove(em.getReference(SiblingGroup, groupId));
    }
    return child;
  });
}

export interface SiblingsInRegion {
  region: Region;
  count: number;
}

/** How many of a child's siblings the caller may not see, region by region: the link, not their case files. */
export async function siblingsElsewhere(ctx: Context, child: Child): Promise<SiblingsInRegion[]> {
  if (!child.siblingGroup) return [];
  const others = (await ctx.loaders.childrenBySiblingGroup.load(child.siblingGroup.id)).filter((sibling) => sibling.id !== child.id);
  const shown = new Set(await onlyVisible(ctx, 'Child', others));
  const counts = new Map<string, number>();
  for (const sibling of others) if (!shown.has(sibling)) counts.set(sibling.region.code, (counts.get(sibling.region.code) ?? 0) + 1);
  const regions = await Promise.all([...counts.keys()].sort().map((code) => ctx.loaders.region.load(code)));
  return regions.map((region) => ({ region: region!, count: counts.get(region!.code)! }));
}
