import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorCode } from '../../core/errors/error-codes';
import { malformedTextAt } from '../../core/util/text';
import { sendError } from './http-errors';

/**
 * What body-parser refuses (a body over the size limit, a charset other than UTF-8, JSON that
 * does not parse), answered as a JSON GraphQL error instead of Express's HTML error page, with
 * the status that says what was wrong.
 */
const REFUSALS: Record<string, { status: number; code: ErrorCode; message: string }> = {
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'The request body is larger than the limit of 1 MB.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'Only UTF-8 request bodies are accepted.',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'This content encoding is not accepted.',
  },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'The request body was not received whole.' },
};

export const bodyErrors: ErrorRequestHandler = (err, req, res, next) => {
  const refusal = REFUSALS[(err as { type?: string }).type ?? ''];
  if (!refusal) return next(err);
  sendError(req, res, refusal.status, refusal.code, refusal.message);
};

/** A declared charset other than UTF-8 is refused (415) before the body is read (body-parser would decode UTF-16). */
export const utf8Only: RequestHandler = (req, res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    const r = REFUSALS['charset.unsupported'];
    return sendError(req, res, r.status, r.code, r.message);
  }
  next();
};

/**
 * Text that is not well-formed Unicode (a lone surrogate, which JSON's \uD800 escapes can carry)
 * is refused before anything runs: stored, it would come back as U+FFFD.
 */
export const wellFormedText: RequestHandler = (req, res, next) => {
  const at = malformedTextAt(req.body, '') ?? malformedTextAt(req.query, '');
  if (at === null) return next();
  sendError(req, res, 400, 'BAD_USER_INPUT', `"${at || 'body'}" is not well-formed Unicode (a lone surrogate).`, {
    field: at || 'body',
  });
};
