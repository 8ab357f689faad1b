import type { EntityClass, EntityManager, RequiredEntityData } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { Child } from '../src/modules/children/child.entity.js';
import { SiblingGroup } from '../src/modules/children/sibling-group.entity.js';
import { FamilyApplicant } from '../src/modules/families/family-applicant.entity.js';
import { FamilyKinship } from '../src/modules/families/family-kinship.entity.js';
import { Family } from '../src/modules/families/family.entity.js';
import { Institution } from '../src/modules/institutions/institution.entity.js';
import { Mentor } from '../src/modules/mentors/mentor.entity.js';
import { MentorshipMeeting } from '../src/modules/mentorships/mentorship-meeting.entity.js';
import { Mentorship } from '../src/modules/mentorships/mentorship.entity.js';
import { PlacementTransition } from '../src/modules/placements/placement-transition.entity.js';
import { Placement } from '../src/modules/placements/placement.entity.js';
import { generatePopulation, type SeedScale } from './population.generator.js';

export const DEFAULT_SEED_DATE = '2026-11-01';

export interface PopulationOptions {
  scale?: SeedScale;
  /** A multiple of the scale's counts (default 1): see generatePopulation. */
  times?: number;
  /** The reference date the population is generated for (YYYY-MM-DD). */
  today?: string;
  log?: (line: string) => void;
}

/** Rows per INSERT round trip: large enough to load the national scale in seconds, small enough for memory. */
const BATCH_SIZE = 1_000;

/** A synthetic population: children, families, mentors, placements and mentorships. Needs the regions. */
export class PopulationSeeder extends Seeder {
  constructor(private readonly options: PopulationOptions = {}) {
    super();
  }

  async run(em: EntityManager): Promise<void> {
    const log = this.options.log ?? (() => {});
    const started = performance.now();
    const population = generatePopulation(this.options.scale ?? 'demo', this.options.today ?? DEFAULT_SEED_DATE, this.options.times);
    log(`generated in ${Math.round(performance.now() - started)} ms`);
    // Parents before children, so every foreign key points at a row already inserted.
    await insertInBatches(em, SiblingGroup, population.siblingGroups);
    await insertInBatches(em, Institution, population.institutions);
    await insertInBatches(em, Child, population.children);
    await insertInBatches(em, Family, population.families);
    // IINs are sealed and hashed by the entity like any other write; check details are sealed by hand, as the app does.
    await insertInBatches(em, FamilyApplicant, population.applicants);
    await insertInBatches(em, FamilyKinship, population.kinships);
    await insertInBatches(em, Mentor, population.mentors);
    await insertInBatches(em, Placement, population.placements);
    await insertInBatches(em, PlacementTransition, population.transitions);
    await insertInBatches(em, Mentorship, population.mentorships);
    await insertInBatches(em, MentorshipMeeting, population.meetings);
    log(`inserted in ${Math.round(performance.now() - started)} ms`);
  }
}

/**
 * Builds entities (so embeddables, arrays and references are mapped exactly as in the app) and
 * inserts them with multi-row INSERTs, bypassing the unit of work and its per-entity bookkeeping.
 */
async function insertInBatches<T extends object>(em: EntityManager, entity: EntityClass<T>, rows: readonly RequiredEntityData<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const entities = rows.slice(start, start + BATCH_SIZE).map((row) => em.create(entity, row, { persist: false }));
    await em.insertMany(entities);
    // References created for the batch would otherwise pile up in the identity map.
    em.clear();
  }
}
