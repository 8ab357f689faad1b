import { AppError, ErrorCode, forbidden } from '../../shared/app-error.js';
import { Role } from '../../shared/enums.js';
import type { Actor } from './actor.js';
import { Access, RECORD_ACCESS, type RecordKind } from './authorization-matrix.js';

/**
 * Who may see what, record by record. Role gates sit on the schema (@Authorized, with the roles
 * of authorization-matrix.ts); `maySee` decides for every record an answer holds (the record
 * guard calls it at every depth); the services narrow their queries and writes with the rest.
 */

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  return actor;
}

/** The region a staff member is confined to; undefined when they see every region. */
export function regionLimit(actor: Actor): string | undefined {
  if (actor.role === Role.ADMIN) return undefined;
  if (actor.role === Role.FAMILY || actor.role === Role.MENTOR) throw forbidden();
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

/** The district a staff member is confined to within their region; undefined for the whole region. */
export function districtLimit(actor: Actor): string | undefined {
  return regionLimit(actor) === undefined ? undefined : actor.districtCode;
}

/** Where a staff member's work is confined: a region and, for district staff, a district; nothing for administrators. */
export interface Confinement {
  regionCode?: string;
  districtCode?: string;
}

export function confinementOf(actor: Actor): Confinement {
  return { regionCode: regionLimit(actor), districtCode: districtLimit(actor) };
}

/** Narrows a requested district to the actor's own; asking for another district is refused. */
export function scopeDistrict(actor: Actor, requested?: string | null): string | undefined {
  const limit = districtLimit(actor);
  if (limit === undefined) return requested ?? undefined;
  if (requested && requested !== limit) throw forbidden('You work only with records of your own district');
  return limit;
}

/**
 * The district a record is written into: the one asked for, which district-scoped staff may only
 * ask for as their own; left out, theirs (or none, region level, for staff of the whole region).
 */
export function districtFor(actor: Actor, requested: string | null | undefined): string | undefined {
  const limit = districtLimit(actor);
  if (limit !== undefined && (requested === null || (requested !== undefined && requested !== limit))) {
    throw forbidden('You work only with records of your own district');
  }
  return requested ?? limit;
}

/** What a record's visibility depends on: the regions it belongs to, and whose it is. */
export interface RecordScope {
  /** The record is of each of these regions (a mentorship is of its mentor's and of its child's). */
  regions: readonly string[];
  /**
   * The districts the record is of, for kinds kept by district (children, families, and the
   * records that are theirs); empty for such a record kept at region level. Absent for kinds kept
   * by region only (mentors, mentorships): the region decides for district staff too.
   */
  districts?: readonly string[];
  /** Families whose record it is. */
  families?: readonly string[];
  /** Children it is the record of, or part of the record of. */
  children?: readonly string[];
  /** Accounts it is. */
  users?: readonly string[];
  /** Staff members it is: a family or a mentor sees the worker who owns its case. */
  staff?: readonly string[];
  /** Mentors whose record it is (the mentor itself, its mentorships and their meetings). */
  mentors?: readonly string[];
}

/** The signed-in caller, with the children whose record it follows (placed with its family, or mentored by it) and its own worker. */
export interface Viewer {
  actor: Actor;
  ownChildIds: ReadonlySet<string>;
  /** The worker who owns the caller's own case (a family's, a mentor's), if any. */
  ownWorkerId?: string;
}

/** Whether the caller's access to a kind of record depends on the record: then `maySee` needs its scope. */
export function dependsOnRecord(actor: Actor, kind: RecordKind): boolean {
  const access = RECORD_ACCESS[kind][actor.role];
  return access === Access.OWN_REGION || access === Access.OWN_RECORD;
}

/** The one decision whether a caller may see a record, wherever it appears in an answer. */
export function maySee(viewer: Viewer, kind: RecordKind, scope: RecordScope): boolean {
  const { actor } = viewer;
  switch (RECORD_ACCESS[kind][actor.role]) {
    case Access.ALLOWED:
      return true;
    case Access.OWN_REGION:
      return (
        actor.regionCode !== undefined &&
        scope.regions.includes(actor.regionCode) &&
        // Staff of one district see its records, not those of the region's other districts nor those kept at region level.
        (actor.districtCode === undefined || scope.districts === undefined || scope.districts.includes(actor.districtCode))
      );
    case Access.OWN_RECORD:
      return (
        (actor.familyId !== undefined && (scope.families ?? []).includes(actor.familyId)) ||
        (scope.children ?? []).some((id) => viewer.ownChildIds.has(id)) ||
        (scope.users ?? []).includes(actor.userId) ||
        (viewer.ownWorkerId !== undefined && (scope.staff ?? []).includes(viewer.ownWorkerId)) ||
        (actor.mentorId !== undefined && (scope.mentors ?? []).includes(actor.mentorId))
      );
    case Access.DENIED:
      return false;
  }
}
