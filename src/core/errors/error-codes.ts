/**
 * Every `extensions.code` the API can answer with, and what it means. Errors built by Supplyline
 * take their code from this list (typed as ErrorCode); the two that graphql-js and Apollo make
 * themselves are listed so that clients find them here too. docs/api.md shows this table.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument or input field is wrong; `extensions.field` names it. Nothing was written.',
  NOT_FOUND: 'The thing a write is about does not exist (reads answer null instead).',
  CONFLICT:
    'The write would break a rule of the stored data: a duplicate key, name or alias; the last SUPPORTS citation.',
  UNAUTHENTICATED: 'No API key, or one that is unknown or revoked (HTTP 401).',
  FORBIDDEN: "The key's role does not allow this operation.",
  BAD_REQUEST: 'The HTTP request is malformed: JSON that does not parse, a body cut short, a malformed URL.',
  PAYLOAD_TOO_LARGE: 'The request body is over 1 MB (HTTP 413).',
  UNSUPPORTED_MEDIA_TYPE:
    'A request body in a charset other than UTF-8, or a content encoding not accepted (HTTP 415).',
  QUERY_TOO_COSTLY:
    'The operation would cost more than the limit; `extensions.cost` and `maxCost` say by how much (HTTP 400).',
  RATE_LIMITED: 'Too many requests from this address or key; `extensions.retryAfter` is in seconds (HTTP 429).',
  GRAPHQL_PARSE_FAILED:
    'The operation is not valid GraphQL syntax, or has too many tokens (HTTP 400; from graphql-js through Apollo).',
  GRAPHQL_VALIDATION_FAILED:
    'The operation does not fit the schema or exceeds a limit on depth, aliases, directives or fields (HTTP 400).',
  EXPORTS_BUSY:
    'As many exports as the server runs at once are already streaming; `Retry-After` says when to try again (HTTP 503).',
  SUBSCRIPTIONS_BUSY:
    'As many subscriptions as the server streams at once are open; `Retry-After` says when to try again (HTTP 503).',
  STORAGE_FULL:
    'The database could not store the write (a full disk or a storage fault); nothing was written, retry later (HTTP 507).',
  INTERNAL_SERVER_ERROR:
    'Anything else: logged with its request id; in production the message says no more (HTTP 500 outside GraphQL).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
