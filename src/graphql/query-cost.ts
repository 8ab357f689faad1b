import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** How much an operation costs to answer, in units of "one object loaded". */
export interface CostModel {
  /** Each object in the response: one row or one DataLoader hit. */
  objectCost: number;
  /** Each scalar or enum field: already loaded with its object. */
  scalarCost: number;
  /** Page sizes count only up to this: a larger `first` is refused by the resolver anyway. */
  maxPageSize: number;
  /** Assumed length of a list that has no `first` argument and no entry in `listSizes`. */
  defaultListSize: number;
  /** Assumed lengths of unpaginated lists, by `Type.field`. */
  listSizes: Readonly<Record<string, number>>;
  /** Extra cost of fields that do more than a lookup, by `Type.field`. */
  fieldCosts: Readonly<Record<string, number>>;
}

type Variables = Record<string, unknown>;

/**
 * The cost of one operation with its actual variables: every object counts, multiplied by the
 * length of the list it is in. A field with a `first` argument gives its page size (or the
 * schema's default page size) to the list inside it, so `children(first: 50) { edges { … } }`
 * counts 50 edges. Unpaginated lists count their assumed length.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  model: CostModel,
): number {
  const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  // Execution refuses these variables with BAD_USER_INPUT before any resolver runs.
  if (coercion.errors) return 0;
  const coerced = coercion.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // Fragments are costed once per page size: a fragment spread many times is not walked again.
  const fragmentCosts = new Map<string, number>();

  function pageSizeOf(field: GraphQLField<unknown, unknown>, node: Parameters<typeof getArgumentValues>[1]): number | undefined {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    let first: unknown;
    try {
      first = getArgumentValues(field, node, coerced).first;
    } catch {
      first = undefined; // an invalid argument fails validation or execution; count the largest page meanwhile
    }
    const size = typeof first === 'number' ? first : model.maxPageSize;
    return Math.max(0, Math.min(size, model.maxPageSize));
  }

  function selectionsCost(type: GraphQLNamedType, selectionSet: SelectionSetNode, pageSize: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue; // introspection and __typename
        if (!isObjectType(type) && !isInterfaceType(type)) continue;
        const field = type.getFields()[name];
        if (!field) continue;
        const key = `${type.name}.${name}`;
        const ownPage = pageSizeOf(field, selection);
        const returns = getNullableType(field.type);
        const itemType = getNamedType(field.type);
        const count = isListType(returns) ? (pageSize ?? ownPage ?? model.listSizes[key] ?? model.defaultListSize) : 1;
        const each = isCompositeType(itemType) && selection.selectionSet
          ? model.objectCost + selectionsCost(itemType, selection.selectionSet, isListType(returns) ? undefined : ownPage)
          : model.scalarCost;
        total += (model.fieldCosts[key] ?? 0) + count * each;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) total += selectionsCost(on, selection.selectionSet, pageSize);
      } else {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (!fragment || !on) continue;
        const memo = `${fragment.name.value}:${pageSize ?? ''}`;
        let cost = fragmentCosts.get(memo);
        if (cost === undefined) {
          cost = selectionsCost(on, fragment.selectionSet, pageSize);
          fragmentCosts.set(memo, cost);
        }
        total += cost;
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  return root ? selectionsCost(root, operation.selectionSet, undefined) : 0;
}

/**
 * Refuses an operation whose cost exceeds `maxCost` before it runs. It needs the variables
 * (a page size is usually one), so it runs once the operation is resolved, not as a
 * validation rule; the answer looks like one (400, GRAPHQL_VALIDATION_FAILED).
 */
export function queryCostPlugin<TContext extends object>(model: CostModel, maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {}, model);
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${cost}: ask for smaller pages or fewer nested lists`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
