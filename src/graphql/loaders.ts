import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowsByKey } from '../db/read-rows.js';
import { Child } from '../modules/children/child.entity.js';
import { SiblingGroup } from '../modules/children/sibling-group.entity.js';
import { documentsBySubjectLoader } from '../modules/documents/document.loaders.js';
import { Document } from '../modules/documents/document.entity.js';
import { FamilyApplicant } from '../modules/families/family-applicant.entity.js';
import { FamilyKinship } from '../modules/families/family-kinship.entity.js';
import { Family } from '../modules/families/family.entity.js';
import { pendingChangesLoader } from '../modules/family-changes/family-change.service.js';
import { provenanceLoader } from '../modules/family-changes/provenance.service.js';
import { User } from '../modules/identity/user.entity.js';
import { Institution } from '../modules/institutions/institution.entity.js';
import { Mentor } from '../modules/mentors/mentor.entity.js';
import { MentorshipMeeting } from '../modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../modules/mentorships/mentorship.entity.js';
import { PlacementTransition } from '../modules/placements/placement-transition.entity.js';
import { Placement } from '../modules/placements/placement.entity.js';
import { District } from '../modules/regions/district.entity.js';
import { Region } from '../modules/regions/region.entity.js';

type Keyed = { id: string } | { code: string };

/** Loads records by primary key in one query per batch, as read rows (src/db/read-rows.ts). */
function byKey<T extends Keyed>(em: EntityManager, entity: EntityClass<T>, key: 'id' | 'code' = 'id') {
  return new DataLoader<string, T | null>(async (keys) => {
    const rows = await rowsByKey(em, entity, key, keys);
    const byKey = new Map(rows.map((row) => [(row as Record<string, unknown>)[key] as string, row]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

/** Loads the records pointing at each parent through `foreignKey`, in one query per batch, as read rows. */
function byParent<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, foreignKey: string, orderBy: Record<string, 'asc' | 'desc'>) {
  return new DataLoader<string, T[]>(async (parentIds) => {
    const rows = await rowsByKey(em, entity, foreignKey, parentIds, { ...orderBy, id: 'asc' });
    const groups = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) {
      const parent = (row as unknown as Record<string, { id: string }>)[foreignKey]!;
      groups.get(parent.id)?.push(row);
    }
    return parentIds.map((id) => groups.get(id)!);
  });
}

/** One set per request, so nothing is cached across users. */
export function createLoaders(em: EntityManager) {
  return {
    region: byKey(em, Region, 'code'),
    district: byKey(em, District, 'code'),
    institution: byKey(em, Institution),
    child: byKey(em, Child),
    family: byKey(em, Family),
    mentor: byKey(em, Mentor),
    siblingGroup: byKey(em, SiblingGroup),
    placement: byKey(em, Placement),
    mentorship: byKey(em, Mentorship),
    childrenBySiblingGroup: byParent(em, Child, 'siblingGroup', { birthDate: 'asc' }),
    placementsByChild: byParent(em, Placement, 'child', { createdAt: 'desc' }),
    placementsByFamily: byParent(em, Placement, 'family', { createdAt: 'desc' }),
    applicantsByFamily: byParent(em, FamilyApplicant, 'family', { position: 'asc' }),
    kinshipsByFamily: byParent(em, FamilyKinship, 'family', { createdAt: 'asc' }),
    familyProvenance: provenanceLoader(em),
    pendingChangesByFamily: pendingChangesLoader(em),
    transitionsByPlacement: byParent(em, PlacementTransition, 'placement', { at: 'asc' }),
    /** Users by id, for the names of those who recorded a step. */
    user: byKey(em, User),
    meetingsByMentorship: byParent(em, MentorshipMeeting, 'mentorship', { date: 'desc' }),
    mentorshipsByMentor: byParent(em, Mentorship, 'mentor', { createdAt: 'desc' }),
    applicant: byKey(em, FamilyApplicant),
    document: byKey(em, Document),
    documentsBySubject: documentsBySubjectLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
