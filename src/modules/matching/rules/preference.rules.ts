import { PlacementForm } from '../../../shared/enums.js';
import type { PlacementCase } from '../matching.facts.js';
import { FAMILY_FORMS, ageOn, fail, notApplicable, pass, placementRule, soft, type NoParams } from './support.js';

/**
 * What the family asked for. Preferences rank (SOFT, the share of the unit's children that fit);
 * what the household can hold and whether it takes children at all are HARD. A professional
 * foster family takes children without choosing them in advance: its preferences do not apply.
 */

const PREFERENCES_BASIS = 'Family’s stated preferences (matching policy, not law)';
const NOT_CHOSEN = 'A professional foster family takes children without choosing them in advance';

const notChosenInAdvance = (facts: PlacementCase): boolean => facts.form === PlacementForm.PROFESSIONAL_FOSTER_FAMILY;

function share(fitting: number, total: number): number {
  return total === 0 ? 1 : fitting / total;
}

export const PREF_AGE = placementRule({
  code: 'PREF-AGE',
  version: 1,
  description: 'Every child’s age on the date lies within the family’s preferred range (childAgeMin to childAgeMax).',
  legalBasis: PREFERENCES_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 2 },
  evaluate(facts) {
    if (notChosenInAdvance(facts)) return notApplicable(NOT_CHOSEN);
    const { childAgeMin, childAgeMax } = facts.family.preferences;
    let fitting = 0;
    for (const child of facts.children) {
      const age = ageOn(child.birthDate, facts.asOf);
      if (age >= childAgeMin && age <= childAgeMax) fitting++;
    }
    const fit = share(fitting, facts.children.length);
    return soft(fit, fit === 1 ? `Within the preferred ages ${childAgeMin}–${childAgeMax}` : `Outside the preferred ages ${childAgeMin}–${childAgeMax}`);
  },
});

export const PREF_SEX = placementRule({
  code: 'PREF-SEX',
  version: 1,
  description: 'The children are of the sex the family prefers; a family with no preference fits every child.',
  legalBasis: PREFERENCES_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1 },
  evaluate(facts) {
    if (notChosenInAdvance(facts)) return notApplicable(NOT_CHOSEN);
    const wanted = facts.family.preferences.childSex;
    if (wanted === undefined) return soft(1, 'No preference of sex');
    let fitting = 0;
    for (const child of facts.children) if (child.sex === wanted) fitting++;
    const fit = share(fitting, facts.children.length);
    return soft(fit, fit === 1 ? 'Of the preferred sex' : 'Not of the preferred sex');
  },
});

export const PREF_NEEDS = placementRule({
  code: 'PREF-NEEDS',
  version: 1,
  description: 'Every special need of each child is one the family accepts; a child without special needs fits.',
  legalBasis: PREFERENCES_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 2 },
  evaluate(facts) {
    if (notChosenInAdvance(facts)) return notApplicable(NOT_CHOSEN);
    const accepted = facts.family.preferences.specialNeedsAccepted;
    let fitting = 0;
    for (const child of facts.children) {
      let all = true;
      for (const need of child.specialNeeds) if (!accepted.includes(need)) all = false;
      if (all) fitting++;
    }
    const fit = share(fitting, facts.children.length);
    return soft(fit, fit === 1 ? 'The family accepts the children’s special needs' : 'The family has not said it accepts some special needs of the children');
  },
});

export const PREF_LANG = placementRule({
  code: 'PREF-LANG',
  version: 1,
  description: 'Each child shares a language with those the family prefers; no preference, or a child with no language recorded, fits.',
  legalBasis: PREFERENCES_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1 },
  evaluate(facts) {
    if (notChosenInAdvance(facts)) return notApplicable(NOT_CHOSEN);
    const languages = facts.family.preferences.languages;
    if (languages.length === 0) return soft(1, 'No language preference');
    let fitting = 0;
    for (const child of facts.children) {
      let shared = child.languages.length === 0;
      for (const language of child.languages) if (languages.includes(language)) shared = true;
      if (shared) fitting++;
    }
    const fit = share(fitting, facts.children.length);
    return soft(fit, fit === 1 ? 'Shares a preferred language' : 'No preferred language shared');
  },
});

export const CAPACITY = placementRule<NoParams>({
  code: 'CAPACITY',
  version: 2,
  description:
    'The unit fits the household: no more children than its remaining room, the assessed capacity less the children placed with ' +
    'it now (ACTIVE placements; a proposal takes no place until it is activated, when this is checked again under the family’s ' +
    'lock); and, except for professional foster families, no more than the family’s preferred number of children, and a sibling ' +
    'group only for a family that takes siblings.',
  legalBasis: 'Housing assessment of the family (capacity) and its stated preferences',
  confidence: 'high',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: {},
  evaluate(facts) {
    const family = facts.family;
    const size = facts.children.length;
    const room = family.capacity - family.activePlacements;
    const roomText = `room for ${room < 0 ? 0 : room} (capacity ${family.capacity}, ${family.activePlacements} placed now)`;
    if (size > room) return fail(`${size} child(ren) in this placement, ${roomText}`);
    if (notChosenInAdvance(facts)) return pass(`${size} child(ren) in this placement, ${roomText}`);
    if (size > family.preferences.maxChildren) return fail(`${size} child(ren): the family asked for at most ${family.preferences.maxChildren}`);
    if (size > 1 && !family.preferences.acceptsSiblings) return fail('The family does not take sibling groups');
    return pass(`${size} child(ren) in this placement, ${roomText}, within the family’s preferences`);
  },
});

export const ACCEPTING = placementRule<NoParams>({
  code: 'ACCEPTING',
  version: 1,
  description: 'The family accepts placements now and has applied for this form of placement.',
  legalBasis: 'The family’s application (forms of placement it applied and was assessed for)',
  confidence: 'high',
  kind: 'HARD',
  forms: FAMILY_FORMS,
  params: {},
  evaluate(facts) {
    if (!facts.family.acceptingPlacements) return fail('The family does not accept placements now');
    if (!facts.family.forms.includes(facts.form)) return fail('The family has not applied for this form of placement');
    return pass('The family accepts placements in this form');
  },
});
