import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../core/logger/logger';

/** A client's own X-Request-Id is kept when it is short and plain; anything else gets a fresh one. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id of a request, as given to it by {@link requestLog} (a fresh one outside it). */
export function requestIdOf(req: IncomingMessage): string {
  return String((req as IncomingMessage & { id?: unknown }).id ?? randomUUID());
}

/**
 * Gives every request an id (answered in the X-Request-Id header, carried into GraphQL error
 * responses and every log line about the request) and logs each request once it is answered:
 * method, path, status, time; 5xx as errors, 4xx as warnings, 429 not at all (a flood of
 * refusals must not flood the log). Health checks are not logged.
 * Credentials in headers are redacted by the logger (src/core/logger/logger.ts).
 */
export function requestLog(logger: Logger): RequestHandler {
  return pinoHttp({
    logger: logger.pino,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // A flood of refusals (429) must not flood the log: they are not logged one by one.
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500
        ? 'error'
        : res.statusCode === 429
          ? 'silent'
          : res.statusCode >= 400
            ? 'warn'
            : 'info',
    autoLogging: { ignore: (req) => /^\/(healthz|readyz)(\?|$)/.test(req.url ?? '') },
    customAttributeKeys: { reqId: 'requestId' },
    quietReqLogger: true,
  }) as unknown as RequestHandler;
}
