import { getVariableValues } from 'graphql';
import type { GraphQLSchema, OperationDefinitionNode } from 'graphql';

type Coerced = ReturnType<typeof getVariableValues>;

/**
 * An operation's variables, coerced once per request as graphql-js coerces them (the cost check
 * needs them before execution, the executor again): the first to ask coerces, the other reads
 * the same answer, errors and all. Keyed by Apollo's request object, which both see.
 */
const byRequest = new WeakMap<object, Coerced>();

export function coerceVariables(
  request: object,
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  hideSuggestions: boolean,
): Coerced {
  let coerced = byRequest.get(request);
  if (!coerced) {
    coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
      maxErrors: 50,
      hideSuggestions,
    });
    byRequest.set(request, coerced);
  }
  return coerced;
}
