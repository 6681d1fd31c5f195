import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../../core/context/context';
import type { Metrics } from './metrics';
import type { Tracing } from './tracing';
import { SpanStatusCode, context } from '@opentelemetry/api';

/**
 * What a GraphQL request was and how it ended: its operation's name and type, and the codes of
 * its errors. The request log writes them on the request's line; the metrics count them.
 */
export interface OperationOutcome {
  operationName: string | null;
  operationType: string | null;
  errorCodes: string[];
}

/**
 * Where a context holds its outcome: a property, not a WeakMap entry, since Apollo runs each
 * operation on a shallow copy of the context, which copies the property with it.
 */
const OUTCOME = Symbol('operation outcome');

/** The outcome of a request's context, made on first use (filled in by {@link operationTelemetry}). */
export function outcomeOf(ctx: Context): OperationOutcome {
  const holder = ctx as Context & { [OUTCOME]?: OperationOutcome };
  return (holder[OUTCOME] ??= { operationName: null, operationType: null, errorCodes: [] });
}

/**
 * Records each operation's name, type, error codes and time, in its outcome and the metrics, and
 * (when tracing) as a span `<type> <name>` inside the request's.
 */
export function operationTelemetry(metrics: Metrics, tracing?: Tracing): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      const outcome = outcomeOf(contextValue);
      outcome.operationName = request.operationName ?? null;
      const span = tracing?.tracer.startSpan('graphql', {}, context.active());
      return {
        async didResolveOperation({ operation, operationName }) {
          outcome.operationName = operationName ?? null;
          outcome.operationType = operation?.operation ?? null;
          if (span) {
            span.updateName(`${outcome.operationType ?? 'graphql'} ${outcome.operationName ?? '(anonymous)'}`);
            span.setAttribute('graphql.operation.type', outcome.operationType ?? 'unknown');
            if (outcome.operationName) span.setAttribute('graphql.operation.name', outcome.operationName);
          }
        },
        async willSendResponse({ response }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const errors = result.errors ?? [];
          outcome.errorCodes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const operation = metrics.operationLabel(outcome.operationName);
          const type = outcome.operationType ?? 'unknown';
          const hasData = result.data !== undefined && result.data !== null;
          metrics.graphqlRequests.inc({
            operation,
            type,
            outcome: errors.length === 0 ? 'ok' : hasData ? 'partial' : 'error',
          });
          metrics.graphqlSeconds.observe({ operation, type }, (performance.now() - started) / 1000);
          for (const e of errors) metrics.graphqlErrors.inc({ operation, code: codeLabel(e.extensions?.code) });
          if (span) {
            if (errors.length) {
              span.setAttribute('supplyline.error_codes', outcome.errorCodes);
              span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.errorCodes.join(', ') });
            }
            span.end();
          }
        },
      };
    },
  };
}

/** Codes are the server's own; anything odd is counted as OTHER rather than as a new label. */
function codeLabel(code: unknown): string {
  return typeof code === 'string' && /^[A-Z][A-Z_]{0,39}$/.test(code) ? code : 'OTHER';
}
