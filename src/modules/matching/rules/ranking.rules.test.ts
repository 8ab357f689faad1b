import { describe, expect, it } from 'vitest';
import { Language } from '../../../shared/enums.js';
import { SpecialNeed } from '../../children/child.enums.js';
import { LANGUAGE, LOAD, LOCATION, NEEDS_EXPERIENCE, SIBLINGS_TOGETHER, WAITING } from './ranking.rules.js';
import { child, placement, run } from './test-cases.js';

describe('LOCATION: closer is better', () => {
  it.each([
    ['the same settlement', { regionCode: 'ASTANA', settlement: 'Astana' }, {}, 1],
    ['the same region, another settlement', { regionCode: 'ASTANA', settlement: 'Kosshy' }, {}, 0.7],
    ['the same region, the child’s settlement unknown', { regionCode: 'ASTANA' }, { settlement: undefined }, 0.7],
    ['a neighbouring region', { regionCode: 'AKMOLA', settlement: 'Kokshetau' }, {}, 0.4],
    ['a distant region', { regionCode: 'MANGYSTAU', settlement: 'Aktau' }, {}, 0],
  ])('%s: fit %s', (_, familyOverrides, childOverrides, fit) => {
    expect(run(LOCATION, placement({ children: [child(childOverrides)], family: familyOverrides })).fit).toBe(fit);
  });
});

describe('LANGUAGE: the child’s languages', () => {
  it.each([
    ['the child’s first language', [Language.KAZAKH], 1],
    ['another of the child’s languages', [Language.RUSSIAN], 0.5],
    ['none of them', [Language.GERMAN], 0],
  ])('%s: fit %s', (_, languages, fit) => {
    expect(run(LANGUAGE, placement({ family: { preferences: { languages } } })).fit).toBe(fit);
  });

  it('is not applicable when the child has no language recorded', () => {
    expect(run(LANGUAGE, placement({ children: [child({ languages: [] })] })).outcome).toBe('NOT_APPLICABLE');
  });
});

describe('NEEDS-EXPERIENCE: experience with the children’s special needs', () => {
  const needs = [SpecialNeed.HEARING_IMPAIRMENT, SpecialNeed.CHRONIC_ILLNESS];
  it.each([
    ['every need', needs, 1],
    ['one of two needs', [SpecialNeed.CHRONIC_ILLNESS], 0.5],
    ['none', [], 0],
  ])('%s: fit %s', (_, specialNeedsExperience, fit) => {
    expect(run(NEEDS_EXPERIENCE, placement({ children: [child({ specialNeeds: needs })], family: { specialNeedsExperience } })).fit).toBe(fit);
  });

  it('is not applicable to children without special needs', () => {
    expect(run(NEEDS_EXPERIENCE, placement()).outcome).toBe('NOT_APPLICABLE');
  });
});

describe('SIBLINGS-TOGETHER', () => {
  const group = [child({ siblingGroupId: 'g' }), child({ id: 'child-2', siblingGroupId: 'g' })];
  it.each([
    ['a sibling group kept whole', group, 0, 1, 'PASS'],
    ['two of three siblings', group, 1, 2 / 3, 'PASS'],
    ['one child, two siblings left behind', [child({ siblingGroupId: 'g' })], 2, 1 / 3, 'PASS'],
  ])('%s: fit %s', (_, children, siblingsLeftBehind, fit, outcome) => {
    expect(run(SIBLINGS_TOGETHER, placement({ children, siblingsLeftBehind }))).toMatchObject({ fit, outcome });
  });

  it('is not applicable to a child without siblings', () => {
    expect(run(SIBLINGS_TOGETHER, placement()).outcome).toBe('NOT_APPLICABLE');
  });
});

describe('WAITING: months since approval, capped at 24 (on 2026-03-01)', () => {
  it.each([
    ['approved 12 months ago', '2025-03-01', 0.5],
    ['approved a day short of 12 months ago', '2025-03-02', 11 / 24],
    ['approved 30 months ago', '2023-09-01', 1],
    ['approved today', '2026-03-01', 0],
    ['never approved', undefined, 0],
  ])('%s: fit %s', (_, approvedAt, fit) => {
    expect(run(WAITING, placement({ family: { approvedAt } })).fit).toBeCloseTo(fit, 10);
  });

  it('follows the policy’s cap', () => {
    expect(run(WAITING, placement({ family: { approvedAt: '2025-03-01' } }), { maxWaitMonths: 12 }).fit).toBe(1);
  });
});

describe('LOAD: fewer children placed now ranks higher', () => {
  it.each([
    [0, 1],
    [1, 0.75],
    [4, 0],
    [6, 0],
  ])('%s placed now: fit %s', (activePlacements, fit) => {
    expect(run(LOAD, placement({ family: { activePlacements } })).fit).toBe(fit);
  });
});
