import { SpanKind, SpanStatusCode, context, propagation, trace } from '@opentelemetry/api';
import type { Context, Span, Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';
import type { TracingConfig } from '../../core/config/config';
import { routeLabel } from './metrics';

/**
 * OpenTelemetry tracing, when SUPPLYLINE_TRACING=otlp: a span per HTTP request (continuing the
 * caller's trace from its `traceparent` header), one per GraphQL operation, and one per SQL
 * statement and write transaction, sent in batches over OTLP/HTTP (JSON) to a collector. Off,
 * nothing is registered and nothing is recorded.
 */
export interface Tracing {
  readonly tracer: Tracer;
  /** A span for a database statement or transaction that has just ended (times in ms since the epoch). */
  recordDatabase(name: string, startedAt: number, attributes: Record<string, string | number | boolean>): void;
  /** Sends what is buffered and stops. */
  shutdown(): Promise<void>;
}

export function startTracing(config: TracingConfig): Tracing | undefined {
  if (!config.endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': config.serviceName }),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: config.endpoint }), { scheduledDelayMillis: 1000 }),
    ],
  });
  // The context manager (AsyncLocalStorage) and the W3C propagator, for the whole process.
  provider.register();
  const tracer = provider.getTracer('supplyline');
  return {
    tracer,
    recordDatabase(name, startedAt, attributes) {
      tracer.startSpan(name, { kind: SpanKind.CLIENT, startTime: startedAt, attributes }, context.active()).end();
    },
    shutdown: () => provider.shutdown(),
  };
}

/** Starts each request's span, as the child of the caller's trace, and runs the rest of the request in it. */
export function traceRequests(tracing: Tracing): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const route = routeLabel(req.path);
    const span: Span = tracing.tracer.startSpan(
      `${req.method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'http.route': route, 'url.path': req.path },
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    res.locals.traceContext = active;
    context.with(active, next);
  };
}

/**
 * Re-enters the request's span after its body was read: a body parser resumes from the socket's
 * events, outside the request's async context, and what ran next would start spans of its own.
 */
export const resumeTrace: RequestHandler = (_req, res, next) => {
  const active = res.locals.traceContext as Context | undefined;
  if (active) context.with(active, next);
  else next();
};
