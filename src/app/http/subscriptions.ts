import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { Config } from '../../core/config/config';
import type { AppServices } from '../../core/db/open-database';
import type { Logger } from '../../core/logger/logger';
import { apiKeyService } from '../../domain/access/api-key.service';
import { createContext } from '../../domain/context';
import { createFormatError } from '../graphql/error-format';
import type { Metrics } from '../telemetry/metrics';
import { principalOf } from './authenticate';
import { sendError } from './http-errors';
import { requestIdOf } from './request-log';
import { admitSubscription, refusal } from './subscription-admission';

/** An open stream: what it subscribes to, who holds it, and its response (to end it). */
interface Stream {
  readonly field: string;
  readonly client: string;
  readonly authorization: string | undefined;
  readonly res: Response;
}

/**
 * Only graphql-sse's "distinct connections" mode: one GET or POST per subscription, asking for
 * an event stream. Its "single connection" mode (a PUT reserving a stream, operations POSTed
 * with its token) is refused: a reserved stream nobody reads would hold its operations open.
 */
export const distinctConnectionsOnly: RequestHandler = (req, res, next) => {
  if (req.method !== 'GET' && req.method !== 'POST') {
    res.set('Allow', 'GET, POST');
    sendError(req, res, 405, 'BAD_REQUEST', 'Subscriptions are opened with GET or POST.');
    return;
  }
  if (req.headers['x-graphql-event-stream-token'] !== undefined || req.query.token !== undefined) {
    sendError(req, res, 400, 'BAD_REQUEST', 'One request per subscription: the single-connection mode is not served.');
    return;
  }
  if (!/\btext\/event-stream\b/.test(req.headers.accept ?? '')) {
    sendError(req, res, 406, 'BAD_REQUEST', 'Subscriptions answer with "Accept: text/event-stream".');
    return;
  }
  next();
};

/**
 * Live subscriptions over Server-Sent Events (graphql-sse). Behind the same CORS, key and rate
 * limit as /graphql, and the same checks on the document (subscription-admission.ts). At most
 * SUPPLYLINE_MAX_SUBSCRIPTIONS streams are open at once (503 after), and at most
 * SUPPLYLINE_MAX_SUBSCRIPTIONS_PER_CLIENT per API key or address (429 after). A stream opened
 * with a key ends once the key is revoked (checked every SUPPLYLINE_KEY_CACHE_SECONDS, at least
 * every second). Errors are shaped as /graphql shapes them.
 */
export function subscriptionHandler(
  schema: GraphQLSchema,
  app: AppServices,
  config: Config,
  logger: Logger,
  metrics: Metrics,
): RequestHandler {
  const open = new Map<Request, Stream>();
  const format = createFormatError(config.production);
  const { maxSubscriptions, maxSubscriptionsPerClient, keyCacheSeconds } = config.http;
  const opened = () => metrics.subscriptionsOpen.set(open.size);
  let recheck: NodeJS.Timeout | undefined;

  /** Ends the streams of keys revoked since they opened. */
  const checkKeys = async () => {
    for (const [req, stream] of open) {
      if (!stream.authorization) continue;
      const now = await apiKeyService.authenticate(app.sql, stream.authorization, keyCacheSeconds).catch(() => null);
      if (now === null || now === 'invalid') {
        logger.info('subscription ended: its key was revoked', { requestId: requestIdOf(req) });
        stream.res.end();
      }
    }
  };
  const watchKeys = () => {
    if (open.size > 0 && recheck === undefined) {
      recheck = setInterval(() => void checkKeys(), Math.max(1, keyCacheSeconds) * 1000);
      recheck.unref();
    } else if (open.size === 0 && recheck !== undefined) {
      clearInterval(recheck);
      recheck = undefined;
    }
  };
  const close = (req: Request) => {
    if (!open.delete(req)) return;
    opened();
    watchKeys();
  };

  const handler = createHandler({
    schema,
    onSubscribe: (req, params) => {
      const raw = req.raw;
      const res = req.context.res;
      const principal = principalOf(raw, res);
      if (principal === 'invalid') return refusal(401, 'UNAUTHENTICATED', 'The API key is unknown or revoked.');
      if (config.readsNeedKey && !principal) return refusal(401, 'UNAUTHENTICATED', 'Reads need an API key.');
      const admitted = admitSubscription(schema, config, params, format);
      if (Array.isArray(admitted)) return admitted;
      if (open.size >= maxSubscriptions)
        return refusal(
          503,
          'SUBSCRIPTIONS_BUSY',
          'Too many subscriptions are open on this server; retry later.',
          {
            retryAfter: 5,
          },
          { 'retry-after': '5' },
        );
      const client = principal ? `key:${principal.name}` : `address:${raw.ip ?? raw.socket.remoteAddress}`;
      const mine = [...open.values()].filter((s) => s.client === client).length;
      if (mine >= maxSubscriptionsPerClient)
        return refusal(
          429,
          'RATE_LIMITED',
          `${mine} subscriptions are open for ${principal ? 'this API key' : 'this address'}, the most one client may hold; close one, or retry later.`,
          { retryAfter: 5 },
          { 'retry-after': '5' },
        );
      open.set(raw, { field: admitted.field, client, authorization: raw.headers.authorization, res });
      opened();
      watchKeys();
      return {
        schema,
        document: admitted.document,
        operationName: params.operationName,
        variableValues: params.variables,
        // Our context as graphql-sse's: it only passes it on to execution.
        contextValue: createContext(app, requestIdOf(raw), principal) as unknown as Record<string, unknown>,
      };
    },
    onNext: (_ctx, req, result) => {
      metrics.subscriptionEvents.inc({ subscription: open.get(req.raw)?.field ?? 'unknown' });
      if (!result.errors) return result;
      return {
        ...result,
        errors: result.errors.map((e) => {
          const shaped = format(e instanceof GraphQLError ? e.toJSON() : e, e);
          return new GraphQLError(shaped.message, { path: shaped.path, extensions: shaped.extensions });
        }),
      };
    },
    onComplete: (_ctx, req) => close(req.raw),
  });
  return async (req, res) => {
    // However the stream ends (completed, the client gone, the key revoked), its place is freed.
    res.once('close', () => close(req));
    try {
      await handler(req, res);
    } catch (e) {
      close(req);
      logger.error('subscription failed', { requestId: requestIdOf(req), error: String(e) });
      if (!res.headersSent) sendError(req, res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };
}
