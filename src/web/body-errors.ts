import type { ErrorRequestHandler, RequestHandler } from 'express';

/**
 * What body-parser refuses (a body over the size limit, a charset other than UTF-8, JSON that
 * does not parse), answered as GraphQL over HTTP answers errors — a JSON body with `errors` and
 * a code — instead of Express's HTML error page, with the status that says what was wrong.
 */
const REFUSALS: Record<string, { status: number; code: string; message: string }> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than the limit of 1 MB.' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only UTF-8 request bodies are accepted.' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'This content encoding is not accepted.' },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
};

function refuse(res: Parameters<RequestHandler>[1], refusal: { status: number; code: string; message: string }): void {
  res.status(refusal.status).type('application/json').send(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }));
}

export const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const refusal = REFUSALS[(err as { type?: string }).type ?? ''];
  if (!refusal) return next(err);
  refuse(res, refusal);
};

/** A declared charset other than UTF-8 is refused (415) before the body is read (body-parser would decode UTF-16). */
export const utf8Only: RequestHandler = (req, res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return refuse(res, REFUSALS['charset.unsupported']);
  next();
};
