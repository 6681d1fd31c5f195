import type { Request, Response } from 'express';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { Config } from '../../core/config/config';
import type { ErrorCode } from '../../core/errors/error-codes';
import type { AppServices } from '../../core/db/open-database';
import type { Logger } from '../../core/logger/logger';
import { createContext } from '../../domain/context';
import { createFormatError } from '../graphql/error-format';
import { limitRules } from '../graphql/query-limits';
import { principalOf } from './authenticate';
import { requestIdOf } from './request-log';
import type { Metrics } from '../telemetry/metrics';

/** A refusal before any stream opens: an HTTP status with a JSON GraphQL error, as /graphql answers. */
function refusal(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}) {
  return [
    JSON.stringify({ errors: [{ message, extensions: { code } }] }),
    { status, statusText: code, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } },
  ] as [string, { status: number; statusText: string; headers: Record<string, string> }];
}

/**
 * Live subscriptions over Server-Sent Events (the graphql-sse protocol, "distinct connections"
 * mode: one request per subscription, GET or POST). Behind the same CORS, key and rate limit as
 * /graphql; a bad key, closed reads without a key, a document over the limits, or anything other
 * than a subscription is refused before a stream opens; at most SUPPLYLINE_MAX_SUBSCRIPTIONS
 * streams are open at once (503 after). Errors are shaped as /graphql shapes them.
 */
export function subscriptionHandler(
  schema: GraphQLSchema,
  app: AppServices,
  config: Config,
  logger: Logger,
  metrics: Metrics,
) {
  // Each open stream, with the field it subscribes to (a bounded label, where an alias is not).
  const open = new Map<Request, string>();
  const format = createFormatError(config.production);
  const handler = createHandler({
    schema,
    onSubscribe: (req, params) => {
      const raw = req.raw;
      const res = req.context.res;
      const principal = principalOf(raw, res);
      if (principal === 'invalid') return refusal(401, 'UNAUTHENTICATED', 'The API key is unknown or revoked.');
      if (config.readsNeedKey && !principal) return refusal(401, 'UNAUTHENTICATED', 'Reads need an API key.');
      let document: DocumentNode;
      try {
        document = parse(params.query as string, { maxTokens: config.limits.maxTokens });
      } catch (e) {
        return refusal(400, 'GRAPHQL_PARSE_FAILED', (e as Error).message);
      }
      const errors = validate(schema, document, [...specifiedRules, ...limitRules(config.limits)]);
      if (errors.length)
        return refusal(400, 'GRAPHQL_VALIDATION_FAILED', format(errors[0].toJSON(), errors[0]).message);
      const operation = document.definitions.find(
        (d) => d.kind === 'OperationDefinition' && (!params.operationName || d.name?.value === params.operationName),
      );
      if (!operation || operation.kind !== 'OperationDefinition' || operation.operation !== 'subscription')
        return refusal(
          400,
          'BAD_REQUEST',
          'This route streams subscriptions only: send queries and mutations to /graphql.',
        );
      if (open.size >= config.http.maxSubscriptions)
        return refusal(503, 'SUBSCRIPTIONS_BUSY', 'Too many subscriptions are open on this server; retry later.', {
          'retry-after': '5',
        });
      const root = operation.selectionSet.selections.find((s) => s.kind === 'Field');
      open.set(raw, root?.kind === 'Field' ? root.name.value : 'unknown');
      metrics.subscriptionsOpen.set(open.size);
      return {
        schema,
        document,
        operationName: params.operationName,
        variableValues: params.variables,
        // Our context as graphql-sse's: it only passes it on to execution.
        contextValue: createContext(app, requestIdOf(raw), principal) as unknown as Record<string, unknown>,
      };
    },
    onNext: (_ctx, req, result) => {
      metrics.subscriptionEvents.inc({ subscription: open.get(req.raw) ?? 'unknown' });
      if (!result.errors) return result;
      return {
        ...result,
        errors: result.errors.map((e) => {
          const shaped = format(e instanceof GraphQLError ? e.toJSON() : e, e);
          return new GraphQLError(shaped.message, { path: shaped.path, extensions: shaped.extensions });
        }),
      };
    },
    onComplete: (_ctx, req) => {
      open.delete(req.raw);
      metrics.subscriptionsOpen.set(open.size);
    },
  });
  return async (req: Request, res: Response) => {
    try {
      await handler(req, res);
    } catch (e) {
      open.delete(req);
      metrics.subscriptionsOpen.set(open.size);
      logger.error('subscription failed', { requestId: requestIdOf(req), error: String(e) });
      if (!res.headersSent)
        res
          .status(500)
          .json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    }
  };
}
