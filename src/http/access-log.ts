import type { ApolloServerPlugin } from '@apollo/server';

/** Who a request is: the server's own id, and the client's `x-request-id` beside it when valid. */
export interface RequestIds {
  requestId: string;
  correlationId?: string;
}

/** What the access log and the metrics say of one request; filled in while it is served. */
export interface RequestRecord {
  ids: RequestIds;
  /** The GraphQL operation's name, `anonymous` without one, `invalid` when the document did not parse or validate. */
  operation?: string;
  /** The `extensions.code` of every error answered, in order, each once. */
  errorCodes: Set<string>;
}

/** Reads the operation name and the error codes of each GraphQL request into its record; never the variables. */
export function requestRecordPlugin(current: () => RequestRecord | undefined): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const record = current();
          if (record) record.operation = operationName ?? 'anonymous';
        },
        async willSendResponse({ response }) {
          const record = current();
          if (!record) return;
          record.operation ??= 'invalid';
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string') record.errorCodes.add(code);
          }
        },
      };
    },
  };
}
