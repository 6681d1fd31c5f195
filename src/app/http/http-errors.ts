import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../../core/errors/error-codes';
import type { Logger } from '../../core/logger/logger';
import { shorten } from '../../core/util/text';
import { requestIdOf } from './request-log';

/**
 * A refusal outside GraphQL execution (body, rate limit, CORS…) answered as GraphQL over HTTP
 * answers errors: a JSON body with `errors`, a code, and the request's id.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .type('application/json')
    .send(
      JSON.stringify({
        errors: [{ message: shorten(message), extensions: { code, ...extra, requestId: requestIdOf(req) } }],
      }),
    );
}

/** Any path no route answers: a JSON 404, like every other error outside GraphQL. */
export const notFound: RequestHandler = (req, res) =>
  sendError(req, res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}.`);

/**
 * The last error handler: anything that escaped a route (the database failing while a key is
 * checked, say) is logged with the request's id and answered as a bare JSON 500, never Express's
 * HTML page with a stack trace.
 */
export function internalErrors(logger: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    // A client's fault that a library flagged with a 4xx status (a malformed URL escape, say):
    // that status, with the library's message only when it marked it safe to show.
    const { status, expose } = err as { status?: number; expose?: boolean };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      logger.warn('request refused', {
        requestId: requestIdOf(req),
        url: req.originalUrl,
        status,
        error: err instanceof Error ? err.message : String(err),
      });
      return sendError(
        req,
        res,
        status,
        'BAD_REQUEST',
        expose && err instanceof Error ? err.message : 'The request is malformed.',
      );
    }
    logger.error('internal error', {
      requestId: requestIdOf(req),
      url: req.originalUrl,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
