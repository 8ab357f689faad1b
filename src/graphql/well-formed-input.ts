import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** A UTF-16 surrogate not part of a pair: text that cannot be written as UTF-8 or stored. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Where in `value` a string holds a lone surrogate ('' for `value` itself, else 'a.0.b'), or
 * null. Iterative: a variable nested a hundred thousand levels deep must not overflow the stack.
 */
export function illFormedTextPath(value: unknown): string | null {
  const pending: [unknown, string][] = [[value, '']];
  const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  while (pending.length > 0) {
    const [current, path] = pending.pop()!;
    if (typeof current === 'string') {
      if (LONE_SURROGATE.test(current)) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push([item, join(path, index)]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) pending.push([item, join(path, key)]);
    }
  }
  return null;
}

/**
 * Refuses variables holding text that is not valid Unicode. graphql-js already refuses such
 * escapes in the document itself, but JSON variables may carry them ("\ud800"), and they crash
 * validator.js (IsEmail throws URIError) or turn into U+FFFD in PostgreSQL.
 */
export function wellFormedInputPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          for (const [name, value] of Object.entries(request.variables ?? {})) {
            const path = illFormedTextPath(value);
            if (path !== null) {
              // Named like graphql-js's own variable errors: the input path, or the variable.
              const field = path || name;
              throw new GraphQLError(`Invalid value for ${field}: text must be valid Unicode`, {
                extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
              });
            }
          }
        },
      };
    },
  };
}
