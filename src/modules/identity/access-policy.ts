import { AppError, ErrorCode, forbidden } from '../../shared/app-error.js';
import { Role } from '../../shared/enums.js';
import type { Actor } from './actor.js';

/**
 * Who may see what, record by record. Role gates sit on the schema (@Authorized, with the roles
 * of authorization-matrix.ts); the services call these for everything that depends on the
 * record: its region or its family.
 */

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  return actor;
}

/** The region a staff member is confined to; undefined when they see every region. */
export function regionLimit(actor: Actor): string | undefined {
  if (actor.role === Role.ADMIN) return undefined;
  if (actor.role === Role.FAMILY) throw forbidden();
  // A worker without a region sees nothing rather than everything.
  return actor.regionCode ?? '\u0000';
}

/** Narrows a requested region to the actor's own; asking for another region is refused. */
export function scopeRegion(actor: Actor, requested?: string | null): string | undefined {
  const limit = regionLimit(actor);
  if (limit === undefined) return requested ?? undefined;
  if (requested && requested !== limit) throw forbidden('You work only with records of your own region');
  return limit;
}

export function assertRegionAccess(actor: Actor, regionCode: string): void {
  const limit = regionLimit(actor);
  if (limit !== undefined && limit !== regionCode) throw forbidden('You work only with records of your own region');
}

/** A family sees its own record and nothing of anyone else. */
export function assertFamilyAccess(actor: Actor, family: { id: string; regionCode: string }): void {
  if (actor.role === Role.FAMILY) {
    if (actor.familyId !== family.id) throw forbidden();
    return;
  }
  if (actor.role === Role.MENTOR_COORDINATOR) throw forbidden();
  assertRegionAccess(actor, family.regionCode);
}
