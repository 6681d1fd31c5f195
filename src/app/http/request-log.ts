import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import type { Level } from 'pino';
import type { Logger } from '../../core/logger/logger';
import { routeLabel } from '../telemetry/metrics';
import type { Metrics } from '../telemetry/metrics';
import type { OperationOutcome } from '../telemetry/operation-outcome';

/** A client's own X-Request-Id is kept when it is short and plain; anything else gets a fresh one. */
const CLIENT_ID = /^[A-Za-z0-9._:-]{1,128}$/;
const HEALTH = /^\/(healthz|readyz)(\?|$)/;

/** The id of a request, as given to it by {@link requestLog} (a fresh one outside it). */
export function requestIdOf(req: IncomingMessage): string {
  return String((req as IncomingMessage & { id?: unknown }).id ?? randomUUID());
}

/** 5xx as errors, 4xx as warnings, 429 not at all (a flood of refusals must not flood the log). */
function levelOf(status: number): Level | 'silent' {
  if (status >= 500) return 'error';
  if (status === 429) return 'silent';
  return status >= 400 ? 'warn' : 'info';
}

/**
 * Gives every request an id (answered in the X-Request-Id header, carried into GraphQL error
 * responses and every log line about the request) and logs each request once it is answered —
 * "request completed" with `req` (id, method, url, headers, address), `res` (status, headers)
 * and `responseTime` in ms; "request errored" with `err` for a 5xx; "request aborted" when the
 * client left first (as pino-http wrote them); a GraphQL request's line also has its
 * `operationName`, `operationType` and `errorCodes`. Health checks are not logged (but counted
 * in the metrics, like every request). Nothing is built for a line the log level leaves out, and no child logger is made
 * per request (what pino-http did, measured at about 0.1 ms of every request; see BENCHMARKS.md).
 * Credentials in headers are redacted by the logger (src/core/logger/logger.ts).
 */
export function requestLog(logger: Logger, metrics?: Metrics): RequestHandler {
  const pino = logger.pino;
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && CLIENT_ID.test(given) ? given : randomUUID();
    (req as IncomingMessage & { id?: string }).id = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    if (metrics) {
      res.once('close', () => {
        const route = routeLabel(req.originalUrl.split('?')[0]);
        metrics.httpRequests.inc({ route, method: req.method, status: String(res.statusCode) });
        metrics.httpSeconds.observe({ route }, (performance.now() - started) / 1000);
      });
    }
    if (HEALTH.test(req.url)) return next();
    res.once('close', () => {
      const aborted = !res.writableFinished;
      const level = levelOf(res.statusCode);
      if (level === 'silent' || !pino.isLevelEnabled(level)) return;
      const graphql = res.locals.graphql as OperationOutcome | undefined;
      const failed = res.statusCode >= 500;
      pino[level](
        {
          ...(failed ? { err: { message: `failed with status code ${res.statusCode}` } } : {}),
          requestId: id,
          req: {
            id,
            method: req.method,
            url: req.originalUrl,
            headers: req.headers,
            remoteAddress: req.socket.remoteAddress,
            remotePort: req.socket.remotePort,
          },
          res: { statusCode: res.statusCode, headers: res.getHeaders() },
          responseTime: Math.round(performance.now() - started),
          ...(graphql
            ? {
                operationName: graphql.operationName,
                operationType: graphql.operationType,
                errorCodes: graphql.errorCodes,
              }
            : {}),
        },
        aborted ? 'request aborted' : failed ? 'request errored' : 'request completed',
      );
    });
    next();
  };
}
