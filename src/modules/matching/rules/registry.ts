import type { MentoringCase, PlacementCase } from '../matching.facts.js';
import type { Rule } from '../rule.js';
import { A_ADULT, A_AGE, A_CONSENT, A_UNMARRIED_MAN } from './adoption.rules.js';
import { D1, D10, D11, D11_GUEST, D12, D2, D3, D4, D5, D6, D7, D8, D9 } from './disqualification.rules.js';
import { F_COUNT, P_CAP, P_CARER, P_SCOPE, P_STAY } from './foster.rules.js';
import { G_AGE } from './guardianship.rules.js';
import { M_AGE, M_AVAILABLE, M_CAPACITY, M_CERT, M_CHECK, M_ELIGIBLE, M_LANGUAGE, M_LOAD, M_LOCATION } from './mentoring.rules.js';
import { ACCEPTING, CAPACITY, PREF_AGE, PREF_LANG, PREF_NEEDS, PREF_SEX } from './preference.rules.js';
import { PRI_1, PRI_2, PRI_3, SIB } from './priority.rules.js';
import { LANGUAGE, LOAD, LOCATION, NEEDS_EXPERIENCE, SIBLINGS_TOGETHER, WAITING } from './ranking.rules.js';
import { APPROVAL, CHECKS_CURRENT } from './standing.rules.js';
import { AVAILABILITY_CURRENT } from './availability.rules.js';

/**
 * The registry. Its order is the order of the reasons in every evaluation: whether the family
 * can take a child at all, the disqualifications, the per-form rules, then the ranking.
 */
export const placementRules: readonly Rule<PlacementCase>[] = [
  ACCEPTING,
  AVAILABILITY_CURRENT,
  APPROVAL,
  CHECKS_CURRENT,
  D1,
  D2,
  D3,
  D4,
  D5,
  D6,
  D7,
  D8,
  D9,
  D10,
  D11,
  D11_GUEST,
  D12,
  A_ADULT,
  A_AGE,
  A_UNMARRIED_MAN,
  A_CONSENT,
  G_AGE,
  SIB,
  PRI_2,
  F_COUNT,
  P_CAP,
  P_STAY,
  P_SCOPE,
  P_CARER,
  CAPACITY,
  PRI_1,
  PRI_3,
  PREF_AGE,
  PREF_SEX,
  PREF_NEEDS,
  PREF_LANG,
  LOCATION,
  LANGUAGE,
  NEEDS_EXPERIENCE,
  SIBLINGS_TOGETHER,
  WAITING,
  LOAD,
];

export const mentoringRules: readonly Rule<MentoringCase>[] = [M_AGE, M_ELIGIBLE, M_CHECK, M_CERT, M_CAPACITY, M_AVAILABLE, M_LOCATION, M_LANGUAGE, M_LOAD];

/** Every rule, for listing (codes are unique across both registries). */
export const allRules: readonly (Rule<PlacementCase> | Rule<MentoringCase>)[] = [...placementRules, ...mentoringRules];
