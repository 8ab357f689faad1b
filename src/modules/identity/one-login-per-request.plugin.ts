import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, OperationTypeNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../../shared/app-error.js';

/** Mutations that hash a password (or spend a one-time token): at most one of them per request. */
const ONE_PER_REQUEST: ReadonlySet<string> = new Set(['login', 'changePassword', 'activateAccount', 'resetPassword', 'requestPasswordReset']);

/** The fields of those mutations in a mutation's root selection, under whatever aliases and fragments. */
function loginsIn(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, spread = new Set<string>()): number {
  let logins = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (ONE_PER_REQUEST.has(selection.name.value)) logins++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      logins += loginsIn(selection.selectionSet, fragments, spread);
    } else if (!spread.has(selection.name.value)) {
      // A fragment spread twice runs its fields once: they merge.
      spread.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) logins += loginsIn(fragment.selectionSet, fragments, spread);
    }
  }
  return logins;
}

/**
 * One `login` (or other password mutation) per request: each costs an argon2 hash, and aliases
 * would let one request try as many passwords or tokens as the alias limit allows. Refused before anything runs, so nothing is
 * hashed or counted against the sign-in limits.
 */
export function oneLoginPerRequestPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (operation?.operation !== OperationTypeNode.MUTATION) return;
          const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
          if (loginsIn(operation.selectionSet, fragments) > 1) {
            throw new GraphQLError('At most one login per request', { extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
          }
        },
      };
    },
  };
}
