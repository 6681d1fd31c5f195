import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { UnauthenticatedError } from '../../core/errors/errors';
import type { Context } from '../../core/context/context';

/**
 * Request-level access, checked once per operation before any resolver runs: a bad key is
 * refused for every operation (a client should learn its key is wrong, not silently read as
 * anonymous), and when reads are closed, queries need a key too. Subscriptions are refused here:
 * they stream at /graphql/stream. Mutations are authorized per
 * field by @Authorized.
 */
export function accessPlugin(readsNeedKey: boolean): ApolloServerPlugin<Context> {
  const refuse = (message?: string) => {
    const e = new UnauthenticatedError(message);
    (e.extensions as Record<string, unknown>).http = { status: 401 };
    return e;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.badCredentials) throw refuse('The API key is unknown or revoked.');
          if (readsNeedKey && operation?.operation === 'query' && !contextValue.principal) throw refuse();
          if (operation?.operation === 'subscription') {
            throw new GraphQLError(
              'Subscriptions stream over Server-Sent Events at /graphql/stream (the graphql-sse protocol); /graphql answers queries and mutations.',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
