import { getVariableValues, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Config } from '../../core/config/config';
import type { ErrorCode } from '../../core/errors/error-codes';
import type { createFormatError } from '../graphql/error-format';
import { limitRules, operationLimitError } from '../graphql/query-limits';

/** A refusal before any stream opens, as graphql-sse answers it: a JSON GraphQL error with its status. */
export type Refusal = [string, { status: number; statusText: string; headers: Record<string, string> }];

export function refusal(
  status: number,
  code: ErrorCode | 'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED',
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Refusal {
  return [
    JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] }),
    { status, statusText: code, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } },
  ];
}

export interface Admitted {
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** The field subscribed to (a bounded label for the metrics, where an alias is not). */
  readonly field: string;
}

/**
 * The checks /graphql makes, made on a subscription before its stream opens: the token limit,
 * the schema and the limits on depth, aliases, directives and fields, the variables, the size of
 * every argument and the operation's cost. Anything but a subscription is refused: queries and
 * mutations go to /graphql, behind its CSRF protection.
 */
export function admitSubscription(
  schema: GraphQLSchema,
  config: Config,
  params: { query?: unknown; operationName?: string | null; variables?: Record<string, unknown> | null },
  format: ReturnType<typeof createFormatError>,
): Admitted | Refusal {
  let document: DocumentNode;
  try {
    document = parse(String(params.query ?? ''), { maxTokens: config.limits.maxTokens });
  } catch (e) {
    return refusal(400, 'GRAPHQL_PARSE_FAILED', (e as Error).message);
  }
  const errors = validate(schema, document, [...specifiedRules, ...limitRules(config.limits)]);
  if (errors.length) {
    // Shaped with its code, so that production hides "Did you mean …?" as /graphql does.
    const shaped = format({ ...errors[0].toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, errors[0]);
    return refusal(400, 'GRAPHQL_VALIDATION_FAILED', shaped.message);
  }
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  const operation = params.operationName
    ? operations.find((d) => d.name?.value === params.operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!operation || operation.operation !== 'subscription')
    return refusal(400, 'BAD_REQUEST', 'This route streams one subscription: send queries and mutations to /graphql.');
  const variables = params.variables ?? {};
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, {
    maxErrors: 50,
    hideSuggestions: config.production,
  });
  if (coerced.errors) return refusal(400, 'BAD_USER_INPUT', coerced.errors[0].message);
  const tooMuch = operationLimitError(
    schema,
    document,
    operation,
    variables,
    coerced.coerced,
    config.limits.maxCost,
    config,
  );
  if (tooMuch) {
    const { http: _http, ...extensions } = tooMuch.extensions as Record<string, unknown>;
    return refusal(400, tooMuch.extensions.code as ErrorCode, tooMuch.message, extensions);
  }
  const root = operation.selectionSet.selections.find((s) => s.kind === 'Field');
  return { document, operation, field: root?.kind === 'Field' ? root.name.value : 'unknown' };
}
