import { generateChildren } from './child.generator.js';
import { generateFamilies } from './family.generator.js';
import { placePopulation } from './institution.generator.js';
import { generateMentors } from './mentor.generator.js';
import { generateMentorships } from './mentorship.generator.js';
import { SeedContext } from './people.js';
import { generatePlacements } from './placement.generator.js';
import type { Population } from './population.types.js';

export type SeedScale = 'demo' | 'national';

/** 'national' is the size of the real data bank (21.4k children, 2024) with a candidate pool to match. */
export const SCALES: Readonly<Record<SeedScale, { children: number; families: number; mentors: number }>> = {
  demo: { children: 2_000, families: 800, mentors: 150 },
  national: { children: 21_000, families: 8_000, mentors: 400 },
};

/**
 * The population as of `today`, the same for the same scale, multiple and date on every run. No
 * database involved. `times` multiplies every count of the scale (2: twice the national seed, to
 * see how cost grows), drawn from the same distributions; the first multiple keeps its old streams,
 * so `times` 1 is the population it always was.
 */
export function generatePopulation(scale: SeedScale, today: string, times = 1): Population {
  if (!Number.isInteger(times) || times < 1) throw new Error(`seed multiple must be a whole number from 1, got ${times}`);
  const ctx = new SeedContext(times === 1 ? scale : `${scale}x${times}`, today);
  const size = SCALES[scale];
  const { children, siblingGroups } = generateChildren(ctx, size.children * times);
  const { families, applicants } = generateFamilies(ctx, size.families * times);
  const mentors = generateMentors(ctx, size.mentors * times);
  const { placements, transitions, kinships } = generatePlacements(ctx, children, families, applicants);
  const { mentorships, meetings } = generateMentorships(ctx, children, mentors, placements);
  const institutions = placePopulation(ctx, children, families);
  return { siblingGroups, institutions, children, families, applicants, kinships, mentors, placements, transitions, mentorships, meetings };
}
