import type { Language } from '../../../shared/enums.js';
import type { RuleResult } from '../rule.js';
import { FAMILY_FORMS, fullMonthsBetween, isSiblingGroup, notApplicable, placementRule, soft } from './support.js';

/**
 * How well an eligible family fits the child, for ranking only (SOFT). Each rule carries a
 * `weight`; the priority tiers (PRI-1, PRI-3) weigh most. The child's own location and
 * languages are those of the child asked about (child 1): siblings placed together share them.
 */

const RANKING_BASIS = 'Matching policy (best interests of the child), not law';

export interface LocationParams {
  sameRegionFit: number;
  neighbouringRegionFit: number;
}

/** Same settlement 1, same region `sameRegionFit`, a neighbouring region `neighbouringRegionFit`, else 0. */
export function locationFit(
  child: { regionCode: string; settlement?: string },
  other: { regionCode: string; settlement: string },
  neighbouringRegions: readonly string[],
  params: LocationParams,
): RuleResult {
  if (child.regionCode === other.regionCode) {
    return child.settlement !== undefined && child.settlement === other.settlement ? soft(1, 'Same settlement') : soft(params.sameRegionFit, 'Same region');
  }
  return neighbouringRegions.includes(other.regionCode) ? soft(params.neighbouringRegionFit, 'Neighbouring region') : soft(0, 'Distant region');
}

/** The child's first language shared 1, another of its languages `otherLanguageFit`, none 0; null when the child has none recorded. */
export function languageFit(childLanguages: readonly Language[], languages: readonly Language[], otherLanguageFit: number): RuleResult | null {
  if (childLanguages.length === 0) return null;
  if (languages.includes(childLanguages[0]!)) return soft(1, 'Speaks the child’s first language');
  for (let i = 1; i < childLanguages.length; i++) if (languages.includes(childLanguages[i]!)) return soft(otherLanguageFit, 'Speaks one of the child’s languages');
  return soft(0, 'Speaks none of the child’s languages');
}

export const LOCATION = placementRule({
  code: 'LOCATION',
  version: 1,
  description: 'Closer is better: the child’s settlement 1, same region 0.7, a neighbouring region 0.4, elsewhere 0.',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 2, sameRegionFit: 0.7, neighbouringRegionFit: 0.4 },
  evaluate: (facts, params) => locationFit(facts.children[0]!, facts.family, facts.neighbouringRegions, params),
});

export const LANGUAGE = placementRule({
  code: 'LANGUAGE',
  version: 1,
  description: 'The family speaks the child’s first language (1) or another of its languages (`otherLanguageFit`); not applicable when none is recorded.',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1, otherLanguageFit: 0.5 },
  evaluate: (facts, params) =>
    languageFit(facts.children[0]!.languages, facts.family.preferences.languages, params.otherLanguageFit) ?? notApplicable('No language recorded for the child'),
});

export const NEEDS_EXPERIENCE = placementRule({
  code: 'NEEDS-EXPERIENCE',
  version: 1,
  description: 'The share of the children’s special needs the family has experience with from earlier placements; not applicable without special needs.',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1 },
  evaluate(facts) {
    let needs = 0;
    let known = 0;
    const experience = facts.family.specialNeedsExperience;
    for (const child of facts.children) {
      for (const need of child.specialNeeds) {
        needs++;
        if (experience.includes(need)) known++;
      }
    }
    if (needs === 0) return notApplicable('The children have no special needs');
    if (known === needs) return soft(1, 'Experienced with every special need of the children');
    return soft(known / needs, known === 0 ? 'No experience with the children’s special needs' : `Experienced with ${known} of ${needs} special needs of the children`);
  },
});

export const SIBLINGS_TOGETHER = placementRule({
  code: 'SIBLINGS-TOGETHER',
  version: 1,
  description: 'A sibling group kept whole scores 1; otherwise the share of the siblings placed together. Not applicable to a child without siblings.',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 2 },
  evaluate(facts) {
    const placed = facts.children.length;
    const group = placed + facts.siblingsLeftBehind;
    if (group === 1 && facts.children[0]!.siblingGroupId === undefined) return notApplicable('The child has no siblings');
    if (facts.siblingsLeftBehind === 0) return soft(1, isSiblingGroup(facts.children) ? 'The sibling group is kept whole' : 'No sibling is left behind');
    return soft(placed / group, `${placed} of ${group} siblings placed together`);
  },
});

export const WAITING = placementRule({
  code: 'WAITING',
  version: 1,
  description: 'Families waiting longer since approval come first: full months since approvedAt, capped at `maxWaitMonths` (24).',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1, maxWaitMonths: 24 },
  evaluate(facts, params) {
    const approvedAt = facts.family.approvedAt;
    if (approvedAt === undefined || approvedAt > facts.asOf) return soft(0, 'No waiting time since approval');
    const months = fullMonthsBetween(approvedAt, facts.asOf);
    const capped = months > params.maxWaitMonths ? params.maxWaitMonths : months;
    return soft(params.maxWaitMonths <= 0 ? 1 : capped / params.maxWaitMonths, `Waiting ${months} month(s) since approval`);
  },
});

export const LOAD = placementRule({
  code: 'LOAD',
  version: 1,
  description: 'Families with fewer children placed now come first: 1 with none, down to 0 at `fullLoad` (4) or more.',
  legalBasis: RANKING_BASIS,
  confidence: 'high',
  kind: 'SOFT',
  forms: FAMILY_FORMS,
  params: { weight: 1, fullLoad: 4 },
  evaluate(facts, params) {
    const active = facts.family.activePlacements;
    return soft(params.fullLoad <= 0 ? 0 : 1 - active / params.fullLoad, `${active} child(ren) placed now`);
  },
});
