import { GraphQLError } from 'graphql';
import type { ErrorCode } from './error-codes';

/**
 * Errors that reach clients. Each carries a stable `extensions.code` from the one list in error-codes.ts; anything else thrown is an
 * internal error, logged and masked by formatError. Messages never contain SQL or stack traces.
 */

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extensions } });
    this.name = 'AppError';
  }
}

/** Bad input; `field` is the argument path at fault, e.g. "filter.supplier" or "after". */
export class BadUserInputError extends AppError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, { field });
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, ref: string, field?: string) {
    super('NOT_FOUND', `No ${what} matches ${JSON.stringify(ref)}.`, field ? { field } : {});
  }
}

export class ConflictError extends AppError {
  constructor(message: string, field?: string) {
    super('CONFLICT', message, field ? { field } : {});
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this operation.') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'This operation needs an API key: send Authorization: Bearer <key>.') {
    super('UNAUTHENTICATED', message);
  }
}
