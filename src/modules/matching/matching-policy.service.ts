import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../graphql/context.js';
import { badInput, conflict, type FieldProblem, rejectProblems } from '../../shared/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireActor } from '../identity/access-policy.js';
import type { PlacementForm } from '../../shared/enums.js';
import { allRules, paramsInForce } from './evaluate.js';
import { CHECKS_CURRENT, checksRequiredFor } from './rules/standing.rules.js';
import { MatchingPolicyVersion } from './matching-policy.entity.js';
import type { UpdateMatchingPolicyInput } from './matching.inputs.js';
import type { MatchingPolicy, ParamValue, RulePolicy } from './rule.js';

/** The policy in force: the newest version (version 1, the defaults, is created by the migration). */
export async function currentPolicy(em: EntityManager): Promise<MatchingPolicyVersion> {
  const [latest] = await em.find(MatchingPolicyVersion, {}, { orderBy: { version: 'desc' }, limit: 1 });
  if (!latest) throw new Error('matching_policy has no version: migrations were not applied');
  return latest;
}

export const asMatchingPolicy = (stored: MatchingPolicyVersion): MatchingPolicy => ({ version: stored.version, rules: stored.rules });

/** The background checks a family holding `forms` must have, clear and current, to be approved on `on` (CHECKS-CURRENT's parameters in force). */
export async function checksRequiredForApproval(em: EntityManager, forms: readonly PlacementForm[], on: string) {
  return checksRequiredFor(paramsInForce(CHECKS_CURRENT, asMatchingPolicy(await currentPolicy(em))), forms, on);
}

/** One stored version, as it was: versions are never edited. */
async function policyVersion(em: EntityManager, version: number): Promise<MatchingPolicyVersion> {
  const stored = await em.findOne(MatchingPolicyVersion, { version });
  if (!stored) throw badInput('version', `No matching policy version ${version}`);
  return stored;
}

/** Every rule with what is in force under the current policy, or under a past `version`, for `matchingPolicy`. */
export async function describePolicy(ctx: Context, version?: number) {
  const stored = version === undefined || version === null ? await currentPolicy(ctx.em) : await policyVersion(ctx.em, version);
  return {
    version: stored.version,
    createdAt: stored.createdAt,
    note: stored.note,
    rules: allRules.map((rule) => {
      const policy = stored.rules[rule.code] ?? {};
      return {
        code: rule.code,
        version: rule.version,
        description: rule.description,
        legalBasis: rule.legalBasis,
        confidence: rule.confidence,
        kind: rule.kind,
        forms: [...rule.forms],
        validFrom: policy.validFrom === undefined ? rule.validFrom : policy.validFrom,
        validTo: policy.validTo === undefined ? rule.validTo : policy.validTo,
        enabled: policy.enabled ?? true,
        params: { ...rule.params, ...policy.params },
        override: rule.override ?? null,
      };
    }),
  };
}

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

function paramProblems(defaults: Record<string, ParamValue>, params: Record<string, unknown>, field: string): FieldProblem[] {
  return Object.entries(params).flatMap(([key, value]): FieldProblem[] => {
    if (!(key in defaults)) return [{ field: `${field}.${key}`, message: `The rule has no parameter ${key}` }];
    const expected = typeOf(defaults[key]);
    if (typeOf(value) !== expected) return [{ field: `${field}.${key}`, message: `${key} must be a ${expected}` }];
    if (expected === 'number' && (!Number.isFinite(value) || (value as number) < 0)) return [{ field: `${field}.${key}`, message: `${key} must be a non-negative number` }];
    if (expected === 'array' && !(value as unknown[]).every((item) => typeof item === 'string')) return [{ field: `${field}.${key}`, message: `${key} must be a list of strings` }];
    return [];
  });
}

function policyProblems(input: UpdateMatchingPolicyInput): FieldProblem[] {
  const seen = new Set<string>();
  return input.rules.flatMap((change, index): FieldProblem[] => {
    const field = `rules.${index}`;
    const rule = allRules.find((candidate) => candidate.code === change.code);
    if (!rule) return [{ field: `${field}.code`, message: 'No rule has this code' }];
    if (seen.has(change.code)) return [{ field: `${field}.code`, message: 'Each rule may appear once' }];
    seen.add(change.code);
    if (change.validFrom && change.validTo && change.validFrom > change.validTo) return [{ field: `${field}.validTo`, message: 'validTo is before validFrom' }];
    return paramProblems(rule.params, change.params ?? {}, `${field}.params`);
  });
}

/** Stores a new policy version; it is in force for the next evaluation. ADMIN only, audited. */
export async function updateMatchingPolicy(ctx: Context, input: UpdateMatchingPolicyInput) {
  const actor = requireActor(ctx.actor);
  rejectProblems(policyProblems(input));
  await ctx.em.transactional(async (em) => {
    const current = await currentPolicy(em);
    if (current.version !== input.expectedVersion) throw conflict('The policy was changed by someone else; reload and try again');
    const rules: Record<string, RulePolicy> = {};
    for (const change of input.rules) {
      rules[change.code] = {
        ...(change.params ? { params: change.params as Record<string, ParamValue> } : {}),
        ...(change.validFrom !== undefined ? { validFrom: change.validFrom } : {}),
        ...(change.validTo !== undefined ? { validTo: change.validTo } : {}),
        ...(change.enabled !== undefined && change.enabled !== null ? { enabled: change.enabled } : {}),
      };
    }
    const next = em.create(MatchingPolicyVersion, { version: current.version + 1, rules, createdBy: actor.userId, note: input.note });
    recordAudit(em, ctx, { action: 'matching-policy.update', entityName: 'MatchingPolicy', entityId: String(next.version), changedFields: input.rules.map((r) => r.code) });
  });
  return describePolicy(ctx);
}

