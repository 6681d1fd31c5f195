import { GraphQLError } from 'graphql';
import { shorten } from '../../core/util/text';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../../core/errors/errors';
import type { Logger } from '../../core/logger/logger';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../core/context/context';

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
  for (
    let e = error as { originalError?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.originalError as typeof e, depth++
  ) {
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
    if (e.constraints)
      return { field: path.join(''), message: `"${path.join('')}": ${Object.values(e.constraints)[0]}.` };
    e = e.children?.[0];
  }
  return { field: path.join(''), message: 'Invalid input.' };
}

/**
 * What a client error is not: an error that is none of ours, carries no client code and was not
 * raised by graphql-js itself. Returns its cause (to be logged) or undefined.
 */
function internalCause(formatted: GraphQLFormattedError | undefined, error: unknown): unknown {
  const original = appErrorIn(error) ?? unwrapResolverError(error);
  if (original instanceof ArgumentValidationError || original instanceof AppError) return undefined;
  const code = formatted ? formatted.extensions?.code : (error as GraphQLError).extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return undefined;
  if (error instanceof GraphQLError && !error.originalError) return undefined;
  return original;
}

/** The start of Apollo's refusal of a request a browser could have sent from another site. */
const CSRF_REFUSAL = 'This operation has been blocked as a potential Cross-Site Request Forgery';

/**
 * Apollo's CSRF refusal, reworded for the client author who meets it: most often a GET from
 * urql or graphql-request, which needs one header. `reason` tells it apart from other BAD_REQUESTs.
 */
function csrfRefusal(): GraphQLFormattedError {
  return {
    message:
      'Refused as a possible cross-site request forgery: a GET (or a form-like POST) must carry the header ' +
      '"apollo-require-preflight: true" or "x-apollo-operation-name: <name>", which a browser sends across sites only ' +
      'after a CORS preflight. Send one of them, or POST with "Content-Type: application/json".',
    extensions: { code: 'BAD_REQUEST', reason: 'CSRF_PREVENTION', header: 'apollo-require-preflight' },
  };
}

/** graphql-js's "Did you mean …?" hint, which names schema members a client did not ask for. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * The one place errors are shaped for clients. Every message is shortened (an error quoting a
 * 900,000-character argument keeps only its beginning).
 */
export function createFormatError(production: boolean) {
  const format = shape(production);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    return out.message.length > 500 ? { ...out, message: shorten(out.message) } : out;
  };
}

function shape(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.message.startsWith(CSRF_REFUSAL)) return csrfRefusal();
    const original = appErrorIn(error) ?? unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const { field, message } = firstViolation(original.extensions.validationErrors);
      return {
        message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    if (original instanceof AppError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { ...original.extensions },
      };
    }
    if (internalCause(formatted, error) === undefined) {
      if (formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR') {
        if (!production) return formatted;
        const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
        // Apollo hides suggestions in validation only; variable coercion adds its own.
        return { ...formatted, message: formatted.message.replace(SUGGESTION, ''), extensions };
      }
      // Raised by graphql-js itself while executing (e.g. "Schema is not configured to execute
      // mutation operation"): the request's fault, and its message holds no internals.
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_REQUEST' },
      };
    }
    if (!production) return formatted;
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * An error's stack, or for a value thrown that is not an Error (graphql-js wraps it as
 * NonErrorThrown, keeping it as `thrownValue`) its message or text, so nothing logged is empty.
 */
function describe(cause: unknown): string {
  const thrown = (cause as { thrownValue?: unknown } | null)?.thrownValue;
  const inner =
    thrown === undefined
      ? ''
      : `\nthrown: ${(thrown as { stack?: string; message?: string })?.stack ?? (thrown as { message?: string })?.message ?? String(thrown)}`;
  return (cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)) + inner;
}

/**
 * Logs every internal error of an operation in full (stack, path, operation) with the request's
 * id — the id the client sees in `extensions.requestId` — while the client gets a bare
 * INTERNAL_SERVER_ERROR in production.
 */
export function internalErrorLog(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, request }) {
          for (const e of errors) {
            const cause = internalCause(undefined, e);
            if (cause === undefined) continue;
            logger.error('internal error', {
              requestId: contextValue.requestId,
              operationName: request.operationName ?? null,
              path: e.path,
              error: describe(cause),
            });
          }
        },
      };
    },
  };
}
