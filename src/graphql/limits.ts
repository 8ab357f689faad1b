import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import { MAX_PAGE_SIZE } from './connection.js';
import { queryCostPlugin, type CostModel } from './query-cost.js';

/**
 * Every limit on the size and shape of an operation, in one place. The largest screen of the
 * app, a page of 100 children with region, siblings, placements and their families
 * (`ChildrenPage`), costs about 3,400 and is 6 deep: it must stay allowed.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document, checked while parsing: bounds parser work. */
  maxTokens: 2000,
  /** Nesting of fields; fragments count as the fields they hold. */
  maxDepth: 8,
  /** Aliased fields: the usual way to repeat an expensive field or a login many times in one request. */
  maxAliases: 15,
  /** Directive uses (@include, @skip …). */
  maxDirectives: 10,
  /** See COST_MODEL. */
  maxCost: 5000,
} as const;

export const COST_MODEL: CostModel = {
  objectCost: 1,
  scalarCost: 0,
  maxPageSize: MAX_PAGE_SIZE,
  defaultListSize: 10,
  listSizes: {
    'Query.regions': 20,
    'FamilyApplicant.checks': 12,
    'Family.placements': 20,
    'Mentorship.meetings': 50,
    'AssignmentPlan.proposals': 100,
  },
  // Matching evaluates every rule for every candidate of a region: far more than a lookup.
  fieldCosts: {
    'Query.placementCandidates': 100,
    'Query.childCandidates': 100,
    'Query.mentorCandidates': 100,
    'Query.menteeCandidates': 100,
    'Query.eligibility': 10,
    /** A min-cost flow over a whole region: two plans fit in one request, not three. */
    'Query.proposeAssignments': 1000,
  },
};

/** Reports a limit breach as an ordinary validation error (400, GRAPHQL_VALIDATION_FAILED). */
function report(context: ValidationContext | null, error: GraphQLError) {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const armor = { exposeLimits: true, propagateOnRejection: false, onReject: [report] };

/** The Apollo Server options that enforce QUERY_LIMITS. Batched HTTP requests stay off (Apollo's default). */
export function queryLimitOptions<TContext extends object>(): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
} {
  return {
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: [
      maxDepthRule({ ...armor, n: QUERY_LIMITS.maxDepth, flattenFragments: true }),
      maxAliasesRule({ ...armor, n: QUERY_LIMITS.maxAliases }),
      maxDirectivesRule({ ...armor, n: QUERY_LIMITS.maxDirectives }),
    ],
    plugins: [queryCostPlugin<TContext>(COST_MODEL, QUERY_LIMITS.maxCost)],
  };
}
