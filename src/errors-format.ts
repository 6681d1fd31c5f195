import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from './common/errors';
import type { Logger } from './logger';

/**
 * The one place errors are shaped for clients. Our typed errors pass through with their code;
 * GraphQL's own (syntax, validation, variable coercion) keep Apollo's code; anything else is an
 * internal error: logged in full, and — in production — sent as a bare INTERNAL_SERVER_ERROR
 * with no message detail, path aside.
 */
/**
 * Our error, if one caused this one: a scalar's parseLiteral error reaches formatError wrapped
 * as a validation error, a resolver's as a located error.
 */
function appErrorIn(error: unknown): AppError | undefined {
  for (let e = error as { originalError?: unknown } | undefined, depth = 0; e && depth < 5; e = e.originalError as typeof e, depth++) {
    if (e instanceof AppError) return e;
  }
  return undefined;
}

/** The path ("citations[0].quote") and message of the first class-validator violation. */
function firstViolation(errors: ValidationError[]): { field: string; message: string } {
  const path: string[] = [];
  let e: ValidationError | undefined = errors[0];
  while (e) {
    path.push(/^\d+$/.test(e.property) ? `[${e.property}]` : `${path.length ? '.' : ''}${e.property}`);
    if (e.constraints) return { field: path.join(''), message: `"${path.join('')}": ${Object.values(e.constraints)[0]}.` };
    e = e.children?.[0];
  }
  return { field: path.join(''), message: 'Invalid input.' };
}

export function createFormatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = appErrorIn(error) ?? unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const { field, message } = firstViolation(original.extensions.validationErrors);
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field } };
    }
    if (original instanceof AppError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      if (!production) return formatted;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (error instanceof GraphQLError && !error.originalError) {
      // Raised by graphql-js itself while executing (e.g. "Schema is not configured to execute
      // mutation operation"): the request's fault, and its message holds no internals.
      return { message: error.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_REQUEST' } };
    }
    logger.error('internal error', { error: original instanceof Error ? original.stack ?? original.message : String(original), path: formatted.path });
    if (!production) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
