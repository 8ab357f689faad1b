import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { badInput, forbidden } from '../../shared/app-error.js';
import { PlacementForm } from '../../shared/enums.js';
import { today } from '../../shared/dates.js';
import { getChild } from '../children/child.service.js';
import { getFamily } from '../families/family.service.js';
import { confinementOf, districtLimit, regionLimit, requireActor, type Confinement } from '../identity/access-policy.js';
import { getMentor } from '../mentors/mentor.service.js';
import { compilePolicy, mentoringRules, overrideProblem, placementRules } from './evaluate.js';
import { asMatchingPolicy, currentPolicy } from './matching-policy.service.js';
import type { ChildFacts, FamilyFacts, PlacementCase, RuleOverride } from './matching.facts.js';
import type { ChildCandidatesArgs, EligibilityArgs, MenteeCandidatesArgs, MentorCandidatesArgs, PlacementCandidatesArgs } from './matching.inputs.js';
import { loadChildWithSiblings, loadFamilies, loadMatchableChildren, loadMentors, loadNeighbours, loadPossibleMentees, MATCHABLE_CHILD_STATUSES } from './matching.repository.js';
import type { Evaluation } from './rule.js';

export interface Ranked<T> extends Evaluation {
  subject: T;
  policyVersion: number;
  asOf: string;
}

/** Eligible first, then by score; ties by the longer wait, then by id, so the order never depends on the database. */
function byRank<T extends { id: string; waitingSince?: string }>(a: Ranked<T>, b: Ranked<T>): number {
  if (a.eligible !== b.eligible) return a.eligible ? -1 : 1;
  if (a.score !== b.score) return b.score - a.score;
  const waitA = a.subject.waitingSince ?? '9999-12-31';
  const waitB = b.subject.waitingSince ?? '9999-12-31';
  if (waitA !== waitB) return waitA < waitB ? -1 : 1;
  return a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0;
}

const isMatchable = (child: ChildFacts) => MATCHABLE_CHILD_STATUSES.includes(child.status);

/**
 * The child and the siblings still waiting: the unit that is matched together. Staff confined to
 * `region` may neither read nor place another region's children, so a unit reaching beyond it is
 * refused whole rather than matched without them: an administrator matches and places it.
 */
export async function loadUnit(em: EntityManager, childId: string, within: Confinement): Promise<ChildFacts[]> {
  const [child, ...siblings] = await loadChildWithSiblings(em, childId);
  if (!child) throw badInput('childId', 'Unknown child');
  if (!isMatchable(child)) throw badInput('childId', 'The child is not waiting for a family');
  const unit = [child, ...siblings.filter(isMatchable)];
  if (within.regionCode !== undefined && unit.some((member) => member.regionCode !== within.regionCode)) {
    throw forbidden('Brothers or sisters waiting with this child are in another region: an administrator matches and places them');
  }
  if (within.districtCode !== undefined && unit.some((member) => member.districtCode !== within.districtCode)) {
    throw forbidden('Brothers or sisters waiting with this child are in another district: staff of the whole region match and place them');
  }
  return unit;
}

/**
 * Refuses an override that could not set its rule aside on `asOf` (the evaluation date), naming
 * the field: `overrides.N`, or `overrides.N.courtDecisionDate` for a decision not yet taken.
 */
export function assertOverrides(overrides: readonly RuleOverride[], asOf: string): void {
  overrides.forEach((override, index) => {
    const problem = overrideProblem(placementRules, override, asOf);
    if (problem) throw badInput(problem.field ? `overrides.${index}.${problem.field}` : `overrides.${index}`, problem.message);
  });
}

/** The children one proposal places: the whole unit, or, with SIB set aside by a recorded reason, the child alone. */
export function proposedUnit(group: ChildFacts[], overrides: readonly RuleOverride[]): { unit: ChildFacts[]; siblingsLeftBehind: number } {
  const unit = overrides.some((override) => override.code === 'SIB') ? group.slice(0, 1) : group;
  return { unit, siblingsLeftBehind: group.length - unit.length };
}

export interface CaseExtras {
  siblingsLeftBehind?: number;
  consentRecordedFor?: string[];
  foreignPlacementConclusion?: boolean;
  overrides?: RuleOverride[];
}

export function placementCase(form: PlacementForm, asOf: string, children: ChildFacts[], family: FamilyFacts, neighbours: Map<string, string[]>, extras: CaseExtras = {}): PlacementCase {
  return {
    form,
    asOf,
    children,
    siblingsLeftBehind: extras.siblingsLeftBehind ?? 0,
    family,
    neighbouringRegions: neighbours.get(children[0]!.regionCode) ?? [],
    consentRecordedFor: extras.consentRecordedFor ?? [],
    foreignPlacementConclusion: extras.foreignPlacementConclusion ?? false,
    overrides: extras.overrides ?? [],
  };
}

/** Families a child could go to, ranked, each with every rule's reason. */
export async function rankFamiliesForChild(ctx: Context, args: PlacementCandidatesArgs) {
  const actor = requireActor(ctx.actor);
  await getChild(ctx, args.childId);
  const asOf = args.asOf ?? today();
  const [unit, policy, neighbours] = await Promise.all([loadUnit(ctx.em, args.childId, confinementOf(actor)), currentPolicy(ctx.em), loadNeighbours(ctx.em)]);
  const families = await loadFamilies(ctx.em, {
    form: args.form,
    asOf,
    // Regional staff match within their region (district staff their district); administrators across the country.
    ...confinementOf(actor),
    prefilter: args.includeIneligible ? undefined : { unitSize: unit.length },
  });
  const evaluator = compilePolicy(placementRules, asMatchingPolicy(policy));
  const ranked: Ranked<FamilyFacts & { waitingSince?: string }>[] = [];
  for (const family of families) {
    const evaluation = evaluator.evaluate(placementCase(args.form, asOf, unit, family, neighbours), args.form);
    if (evaluation.eligible || args.includeIneligible) {
      ranked.push({ ...evaluation, subject: { ...family, waitingSince: family.approvedAt }, policyVersion: policy.version, asOf });
    }
  }
  ranked.sort(byRank);
  const page = ranked.slice(0, args.first);
  const entities = await Promise.all(page.map((candidate) => ctx.loaders.family.load(candidate.subject.id)));
  return page.map((candidate, index) => ({ ...candidate, family: entities[index]! }));
}

/**
 * One child (with its siblings) and one family: every rule's outcome. "What if": the overrides and
 * the commission's conclusion that `proposePlacement` would record are weighed the same way, and
 * nothing is written.
 */
export async function evaluatePair(ctx: Context, args: EligibilityArgs) {
  const actor = requireActor(ctx.actor);
  const asOf = args.asOf ?? today();
  assertOverrides(args.overrides, asOf);
  await Promise.all([getChild(ctx, args.childId), getFamily(ctx, args.familyId)]);
  const [group, policy, neighbours, families] = await Promise.all([
    loadUnit(ctx.em, args.childId, confinementOf(actor)),
    currentPolicy(ctx.em),
    loadNeighbours(ctx.em),
    loadFamilies(ctx.em, { form: args.form, asOf, familyIds: [args.familyId] }),
  ]);
  const family = families[0];
  if (!family) throw badInput('form', 'The family is not registered for this form');
  const { unit, siblingsLeftBehind } = proposedUnit(group, args.overrides);
  const extras = { siblingsLeftBehind, overrides: args.overrides, foreignPlacementConclusion: Boolean(args.foreignPlacementConclusion) };
  const evaluation = compilePolicy(placementRules, asMatchingPolicy(policy)).evaluate(placementCase(args.form, asOf, unit, family, neighbours, extras), args.form);
  return { ...evaluation, policyVersion: policy.version, asOf };
}

/** Children (sibling groups as one) a family could take, ranked. */
export async function rankChildrenForFamily(ctx: Context, args: ChildCandidatesArgs) {
  const actor = requireActor(ctx.actor);
  const familyEntity = await getFamily(ctx, args.familyId);
  const asOf = args.asOf ?? today();
  const [families, policy, neighbours, children] = await Promise.all([
    loadFamilies(ctx.em, { form: args.form, asOf, familyIds: [args.familyId] }),
    currentPolicy(ctx.em),
    loadNeighbours(ctx.em),
    loadMatchableChildren(ctx.em, regionLimit(actor) ? confinementOf(actor) : { regionCode: familyEntity.region.code }),
  ]);
  const family = families[0];
  if (!family) throw badInput('form', 'The family is not registered for this form');
  const evaluator = compilePolicy(placementRules, asMatchingPolicy(policy));
  const ranked: Ranked<{ id: string; waitingSince: string; children: ChildFacts[] }>[] = [];
  for (const unit of units(children)) {
    const evaluation = evaluator.evaluate(placementCase(args.form, asOf, unit, family, neighbours), args.form);
    if (evaluation.eligible) ranked.push({ ...evaluation, subject: { id: unit[0]!.id, waitingSince: unit[0]!.registeredAt, children: unit }, policyVersion: policy.version, asOf });
  }
  ranked.sort(byRank);
  const page = ranked.slice(0, args.first);
  return Promise.all(
    page.map(async (candidate) => {
      const entities = await Promise.all(candidate.subject.children.map((child) => ctx.loaders.child.load(child.id)));
      return { ...candidate, child: entities[0]!, children: entities };
    }),
  );
}

/** Groups children listed siblings-together into matching units. */
export function units(children: ChildFacts[]): ChildFacts[][] {
  const groups = new Map<string, ChildFacts[]>();
  for (const child of children) {
    const key = child.siblingGroupId ?? child.id;
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  return [...groups.values()];
}

/** Mentors for a child aged 10+ (or a care leaver), ranked; with `includeIneligible`, the others too, each with its reasons. */
export async function rankMentorsForChild(ctx: Context, args: MentorCandidatesArgs) {
  const actor = requireActor(ctx.actor);
  const child = await getChild(ctx, args.childId);
  const asOf = args.asOf ?? today();
  const [[childFacts], mentors, policy, neighbours] = await Promise.all([
    loadChildWithSiblings(ctx.em, args.childId),
    loadMentors(ctx.em, { regionCode: regionLimit(actor) ?? child.region.code }),
    currentPolicy(ctx.em),
    loadNeighbours(ctx.em),
  ]);
  const evaluator = compilePolicy(mentoringRules, asMatchingPolicy(policy));
  const ranked = mentors
    .map((mentor) => ({
      ...evaluator.evaluate({ asOf, child: childFacts!, mentor, neighbouringRegions: neighbours.get(childFacts!.regionCode) ?? [] }, 'MENTORING'),
      subject: mentor,
      policyVersion: policy.version,
      asOf,
    }))
    .filter((candidate) => candidate.eligible || args.includeIneligible)
    .sort(byRank)
    .slice(0, args.first);
  const entities = await Promise.all(ranked.map((candidate) => ctx.loaders.mentor.load(candidate.subject.id)));
  return ranked.map((candidate, index) => ({ ...candidate, mentor: entities[index]! }));
}

/** Children a mentor could support, ranked; with `includeIneligible`, the others too, each with its reasons. */
export async function rankMenteesForMentor(ctx: Context, args: MenteeCandidatesArgs) {
  const actor = requireActor(ctx.actor);
  const mentorEntity = await getMentor(ctx, args.mentorId);
  const asOf = args.asOf ?? today();
  const [[mentor], children, policy, neighbours] = await Promise.all([
    loadMentors(ctx.em, { mentorIds: [args.mentorId] }),
    loadPossibleMentees(ctx.em, { regionCode: mentorEntity.region.code, districtCode: districtLimit(actor) }),
    currentPolicy(ctx.em),
    loadNeighbours(ctx.em),
  ]);
  const evaluator = compilePolicy(mentoringRules, asMatchingPolicy(policy));
  const ranked = children
    .map((child) => ({
      ...evaluator.evaluate({ asOf, child, mentor: mentor!, neighbouringRegions: neighbours.get(child.regionCode) ?? [] }, 'MENTORING'),
      subject: { id: child.id, waitingSince: child.registeredAt },
      policyVersion: policy.version,
      asOf,
    }))
    .filter((candidate) => candidate.eligible || args.includeIneligible)
    .sort(byRank)
    .slice(0, args.first);
  const entities = await Promise.all(ranked.map((candidate) => ctx.loaders.child.load(candidate.subject.id)));
  return ranked.map((candidate, index) => ({ ...candidate, child: entities[index]! }));
}
