import { GraphQLError, type ValidationRule } from 'graphql';

/** The API serves queries and mutations over HTTP only: a subscription is a request it cannot run (400), not a failure of the server. */
export const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') context.reportError(new GraphQLError('This API has no subscriptions: send a query or a mutation', { nodes: node }));
  },
});
