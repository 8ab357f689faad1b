import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../shared/app-error.js';

/**
 * A request refused by a limit is answered as HTTP says: 429 with Retry-After (seconds), from the
 * error's `retryAfterSeconds`; the body keeps the coded error. Only a request with no data to give:
 * a limit hit on one field of a larger answer leaves the answer's status alone.
 */
export function tooManyAttemptsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const refusal = errors?.find((error) => error.extensions?.code === ErrorCode.TOO_MANY_ATTEMPTS);
          if (!refusal || (data && Object.values(data).some((value) => value !== null))) return;
          response.http.status = 429;
          const seconds = refusal.extensions?.retryAfterSeconds;
          if (typeof seconds === 'number') response.http.headers.set('retry-after', String(seconds));
        },
      };
    },
  };
}
