import { describe, expect, it } from 'vitest';
import { generatePopulation } from '../seeds/population.generator.js';
import type { Population } from '../seeds/population.types.js';
import { iinProblem } from '../src/shared/iin.js';

// The multiple of the seeder (`seed:national -- --scale 2`): twice the counts, drawn from the same
// distributions, every IIN still valid and issued once. No database: the generator is plain.
const shares = (population: Population) => {
  const share = (part: number, whole: number) => part / whole;
  const children = population.children;
  return {
    waiting: share(children.filter((child) => child.status === 'AWAITING_PLACEMENT').length, children.length),
    placed: share(population.placements.filter((placement) => placement.status === 'ACTIVE').length, children.length),
    inSiblingGroups: share(children.filter((child) => child.siblingGroup).length, children.length),
    almaty: share(children.filter((child) => child.region === 'ALMATY').length, children.length),
    applicantsPerFamily: share(population.applicants.length, population.families.length),
  };
};

describe('seed multiple', () => {
  const once = generatePopulation('national', '2026-11-01');
  const twice = generatePopulation('national', '2026-11-01', 2);

  it('doubles every count the scale sets', () => {
    expect(twice.children).toHaveLength(2 * once.children.length);
    expect(twice.families).toHaveLength(2 * once.families.length);
    expect(twice.mentors).toHaveLength(2 * once.mentors.length);
    expect(twice.placements.length / once.placements.length).toBeGreaterThan(1.9);
    expect(twice.placements.length / once.placements.length).toBeLessThan(2.1);
  });

  it('draws from the same distributions', () => {
    const [a, b] = [shares(once), shares(twice)];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect(Math.abs(b[key] - a[key]) / a[key], key).toBeLessThan(0.1);
  });

  it('issues every IIN once, each valid', () => {
    const iins = [...twice.children, ...twice.applicants, ...twice.mentors].map((person) => person.iin).filter((iin): iin is string => Boolean(iin));
    expect(new Set(iins).size).toBe(iins.length);
    expect(iins.filter((iin) => iinProblem(iin) !== null)).toEqual([]);
    expect(new Set(twice.children.map((child) => child.id)).size).toBe(twice.children.length);
  });

  it('keeps the national seed the population it was (figures stay comparable), and refuses a multiple that is not a whole number', () => {
    // The national seed of issue 9's figures: 17,313 placements; its first child's id.
    expect(once.placements).toHaveLength(17_313);
    expect(once.children[0]!.id).toBe('01863530-4000-7ba1-a956-418fcd1cbfc1');
    expect(twice.children[0]!.id).not.toBe(once.children[0]!.id);
    expect(() => generatePopulation('demo', '2026-11-01', 1.5)).toThrow(/whole number/);
    expect(() => generatePopulation('demo', '2026-11-01', 0)).toThrow(/whole number/);
  });
});
