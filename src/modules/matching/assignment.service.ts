import type { Context } from '../../graphql/context.js';
import { today } from '../../shared/dates.js';
import { districtLimit, requireActor, scopeRegion } from '../identity/access-policy.js';
import { findRegion } from '../regions/region.service.js';
import { greedyAssignment } from './assignment/greedy-assignment.js';
import { maxScoreAssignment, type CandidateEdge } from './assignment/max-score-assignment.js';
import { compilePolicy, placementRules } from './evaluate.js';
import { asMatchingPolicy, currentPolicy } from './matching-policy.service.js';
import type { ProposeAssignmentsArgs } from './matching.inputs.js';
import { loadFamilies, loadMatchableChildren, loadNeighbours } from './matching.repository.js';
import { placementCase, units } from './matching.service.js';

/**
 * A maximum-total-score assignment of a region's waiting children to its families, with what a
 * greedy pass would reach beside it. Sibling groups are indivisible units. Each family receives
 * at most one unit per round: a family is proposed one child or one sibling group at a time,
 * and its next match is made once this one is settled (the eligibility rules have already
 * checked that the unit fits the family's capacity). Nothing is written.
 */
export async function proposeAssignments(ctx: Context, args: ProposeAssignmentsArgs) {
  const actor = requireActor(ctx.actor);
  const regionCode = scopeRegion(actor, args.regionCode) ?? args.regionCode;
  await findRegion(ctx.em, regionCode);
  const asOf = args.asOf ?? today();
  const [children, families, policy, neighbours] = await Promise.all([
    loadMatchableChildren(ctx.em, { regionCode, districtCode: districtLimit(actor) }),
    loadFamilies(ctx.em, { form: args.form, asOf, regionCode, districtCode: districtLimit(actor), prefilter: { unitSize: 1 } }),
    currentPolicy(ctx.em),
    loadNeighbours(ctx.em),
  ]);
  const evaluator = compilePolicy(placementRules, asMatchingPolicy(policy));
  const matchingUnits = units(children);
  const edges: CandidateEdge[] = [];
  for (const unit of matchingUnits) {
    for (const family of families) {
      const evaluation = evaluator.evaluate(placementCase(args.form, asOf, unit, family, neighbours), args.form);
      if (evaluation.eligible) edges.push({ unitId: unit[0]!.id, familyId: family.id, score: evaluation.score });
    }
  }
  const input = {
    units: matchingUnits.map((unit) => ({ id: unit[0]!.id, size: unit.length })),
    families: families.map((family) => ({ id: family.id, slots: 1 })),
    edges,
  };
  const best = maxScoreAssignment(input);
  const greedy = greedyAssignment(input);
  const unitById = new Map(matchingUnits.map((unit) => [unit[0]!.id, unit]));
  const proposals = await Promise.all(
    best.pairs.map(async (pair) => ({
      children: await Promise.all(unitById.get(pair.unitId)!.map((child) => ctx.loaders.child.load(child.id))),
      family: await ctx.loaders.family.load(pair.familyId),
      score: pair.score,
    })),
  );
  const placed = best.pairs.reduce((sum, pair) => sum + pair.size, 0);
  return {
    regionCode,
    proposals,
    totalScore: best.totalScore,
    greedyTotalScore: greedy.totalScore,
    unassignedChildren: children.length - placed,
    policyVersion: policy.version,
  };
}
