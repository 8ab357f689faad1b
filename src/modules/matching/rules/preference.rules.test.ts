import { describe, expect, it } from 'vitest';
import { Language, PlacementForm, Sex } from '../../../shared/enums.js';
import { SpecialNeed } from '../../children/child.enums.js';
import { ACCEPTING, CAPACITY, PREF_AGE, PREF_LANG, PREF_NEEDS, PREF_SEX } from './preference.rules.js';
import { child, placement, run } from './test-cases.js';

// The child is 7 on 2026-03-01; her sister is 12.
const sisters = [child(), child({ id: 'child-2', birthDate: '2013-06-01' })];

describe('PREF-AGE: the children’s ages within the family’s range', () => {
  it.each([
    ['within 5–8', { childAgeMin: 5, childAgeMax: 8 }, [child()], 1],
    ['exactly at the bounds 7–7', { childAgeMin: 7, childAgeMax: 7 }, [child()], 1],
    ['above 0–6', { childAgeMax: 6 }, [child()], 0],
    ['one of two within 5–8', { childAgeMin: 5, childAgeMax: 8 }, sisters, 0.5],
  ])('%s: fit %s', (_, preferences, children, fit) => {
    expect(run(PREF_AGE, placement({ children, family: { preferences } })).fit).toBe(fit);
  });
});

describe('PREF-SEX', () => {
  it.each([
    ['no preference', undefined, 1],
    ['a girl for a family asking for a girl', Sex.FEMALE, 1],
    ['a girl for a family asking for a boy', Sex.MALE, 0],
  ])('%s: fit %s', (_, childSex, fit) => {
    expect(run(PREF_SEX, placement({ family: { preferences: { childSex } } })).fit).toBe(fit);
  });
});

describe('PREF-NEEDS: the children’s special needs among those the family accepts', () => {
  const withNeeds = (specialNeeds: SpecialNeed[], specialNeedsAccepted: SpecialNeed[]) =>
    placement({ children: [child({ specialNeeds })], family: { preferences: { specialNeedsAccepted } } });

  it.each([
    ['no needs', [], [], 1],
    ['needs all accepted', [SpecialNeed.HEARING_IMPAIRMENT], [SpecialNeed.HEARING_IMPAIRMENT, SpecialNeed.HIV], 1],
    ['a need not accepted', [SpecialNeed.HEARING_IMPAIRMENT, SpecialNeed.AUTISM_SPECTRUM], [SpecialNeed.HEARING_IMPAIRMENT], 0],
  ])('%s: fit %s', (_, needs, accepted, fit) => {
    expect(run(PREF_NEEDS, withNeeds(needs, accepted)).fit).toBe(fit);
  });
});

describe('PREF-LANG: a shared language', () => {
  it.each([
    ['a shared language', [Language.RUSSIAN], 1],
    ['no preference', [], 1],
    ['no shared language', [Language.ENGLISH], 0],
  ])('%s: fit %s', (_, languages, fit) => {
    expect(run(PREF_LANG, placement({ family: { preferences: { languages } } })).fit).toBe(fit);
  });
});

describe('preferences do not apply to professional foster families (children are not chosen in advance)', () => {
  it.each([[PREF_AGE], [PREF_SEX], [PREF_NEEDS], [PREF_LANG]])('%s is not applicable', (rule) => {
    const facts = placement({ form: PlacementForm.PROFESSIONAL_FOSTER_FAMILY, family: { preferences: { childAgeMax: 1, childSex: Sex.MALE, languages: [Language.GERMAN] } } });
    expect(run(rule, facts).outcome).toBe('NOT_APPLICABLE');
  });
});

describe('CAPACITY: the unit fits the household', () => {
  it.each([
    ['one child for a capacity of 3', {}, [child()], PlacementForm.ADOPTION, 'PASS'],
    ['two sisters for a capacity of 1', { capacity: 1 }, sisters, PlacementForm.ADOPTION, 'FAIL'],
    ['two sisters for a family asking for one child', { preferences: { maxChildren: 1 } }, sisters, PlacementForm.ADOPTION, 'FAIL'],
    ['two sisters for a family not taking siblings', { preferences: { acceptsSiblings: false } }, sisters, PlacementForm.ADOPTION, 'FAIL'],
    ['a professional foster family: preferences aside', { preferences: { maxChildren: 1, acceptsSiblings: false } }, sisters, PlacementForm.PROFESSIONAL_FOSTER_FAMILY, 'PASS'],
    ['a professional foster family beyond capacity', { capacity: 1 }, sisters, PlacementForm.PROFESSIONAL_FOSTER_FAMILY, 'FAIL'],
    ['a second child for a capacity of 1 with one placed', { capacity: 1, activePlacements: 1 }, [child()], PlacementForm.GUARDIANSHIP, 'FAIL'],
    ['one child for a capacity of 3 with two placed', { capacity: 3, activePlacements: 2 }, [child()], PlacementForm.GUARDIANSHIP, 'PASS'],
    ['two sisters for a capacity of 3 with two placed', { capacity: 3, activePlacements: 2 }, sisters, PlacementForm.GUARDIANSHIP, 'FAIL'],
  ])('%s: %s', (_, familyOverrides, children, form, outcome) => {
    expect(run(CAPACITY, placement({ form, children, family: familyOverrides })).outcome).toBe(outcome);
  });

  it('counts the children placed now against the capacity and states both numbers', () => {
    const result = run(CAPACITY, placement({ children: sisters, family: { capacity: 3, activePlacements: 2 } }));
    expect(result).toMatchObject({ outcome: 'FAIL', message: '2 child(ren) in this placement, room for 1 (capacity 3, 2 placed now)' });
  });
});

describe('ACCEPTING: the family accepts placements in this form', () => {
  it.each([
    ['accepting, form applied for', {}, 'PASS'],
    ['not accepting now', { acceptingPlacements: false }, 'FAIL'],
    ['another form only', { forms: [PlacementForm.GUEST_FAMILY] }, 'FAIL'],
  ])('%s: %s', (_, familyOverrides, outcome) => {
    expect(run(ACCEPTING, placement({ family: familyOverrides })).outcome).toBe(outcome);
  });
});
