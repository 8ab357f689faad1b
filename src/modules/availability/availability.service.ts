import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { conflict, forbidden } from '../../shared/app-error.js';
import { today } from '../../shared/dates.js';
import { Role } from '../../shared/enums.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Family } from '../families/family.entity.js';
import { getFamily } from '../families/family.service.js';
import { requireActor } from '../identity/access-policy.js';
import { paramsInForce } from '../matching/evaluate.js';
import { asMatchingPolicy, currentPolicy } from '../matching/matching-policy.service.js';
import { AVAILABILITY_CURRENT, availabilityLapsesOn, type AvailabilityParams } from '../matching/rules/availability.rules.js';

/** AVAILABILITY-CURRENT's parameters under the policy in force; null while the administrator has switched the rule off. */
export async function availabilityParams(em: EntityManager): Promise<AvailabilityParams | null> {
  const policy = asMatchingPolicy(await currentPolicy(em));
  if (policy.rules[AVAILABILITY_CURRENT.code]?.enabled === false) return null;
  return paramsInForce(AVAILABILITY_CURRENT, policy);
}

// One read of the policy per request: each request has its own EntityManager.
const perRequest = new WeakMap<EntityManager, Promise<AvailabilityParams | null>>();

/** The day the family's availability lapses, under the policy in force; null when the rule is off. */
export async function lapsesOn(ctx: Context, family: Family): Promise<string | null> {
  let params = perRequest.get(ctx.em);
  if (!params) perRequest.set(ctx.em, (params = availabilityParams(ctx.em)));
  const inForce = await params;
  return inForce && availabilityLapsesOn(today(family.availabilityConfirmedAt), inForce);
}

/**
 * The family says its availability and capacity, as it read them at `version`, still hold. It
 * changes no fact of the record, only when it was last confirmed, so no worker reviews it: the
 * values were accepted before and the family repeats them. A family that wants other values
 * proposes them by a change request, which its worker reviews (and whose acceptance confirms them).
 */
export async function confirmMyAvailability(ctx: Context, version: number): Promise<Family> {
  const actor = requireActor(ctx.actor);
  if (actor.role !== Role.FAMILY || !actor.familyId) throw forbidden('Only a family account confirms its own availability');
  const familyId = actor.familyId;
  return ctx.em.transactional(async (em) => {
    const family = await getFamily(ctx, familyId, em);
    // The family confirms the values it read: if staff changed them since, it must read them again.
    if (family.version !== version) throw conflict('Your record changed since you read it; reload it and confirm what it says now');
    family.availabilityConfirmedAt = new Date();
    recordAudit(em, ctx, { action: 'family.confirm-availability', entityName: 'Family', entityId: family.id, changedFields: ['availabilityConfirmedAt'] });
    return family;
  });
}
