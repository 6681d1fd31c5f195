import type { RequestHandler } from 'express';
import { Role, roleAllows } from '../../core/auth/role.enum';
import type { MetricsAccess } from '../../core/config/config';
import type { Metrics } from '../telemetry/metrics';
import { principalOf } from './authenticate';
import { sendError } from './http-errors';

/**
 * GET /metrics: the server's counters in Prometheus' text format. By default for ADMIN keys
 * only (a scraper sends "Authorization: Bearer <key>"), since the operation names clients send
 * and the error rates are nobody else's business; "open" serves anyone (a private network),
 * "off" answers 404. Runs after `authenticate`.
 */
export function metricsHandler(metrics: Metrics, access: MetricsAccess): RequestHandler {
  return async (req, res) => {
    if (access === 'off') {
      sendError(req, res, 404, 'NOT_FOUND', 'Metrics are turned off on this server (SUPPLYLINE_METRICS=off).');
      return;
    }
    if (access === 'admin') {
      const principal = principalOf(req, res);
      if (!principal || principal === 'invalid') {
        sendError(req, res, 401, 'UNAUTHENTICATED', 'Metrics need an ADMIN key: send Authorization: Bearer <key>.');
        return;
      }
      if (!roleAllows(principal.role, Role.ADMIN)) {
        sendError(req, res, 403, 'FORBIDDEN', `Metrics need the ADMIN role; your key has ${principal.role}.`);
        return;
      }
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}
