import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { HttpConfig } from '../../core/config/config';
import { principalOf } from './authenticate';
import { sendError } from './http-errors';
import type { Metrics } from '../telemetry/metrics';

/**
 * Requests per window: a request with a valid API key counts against its key (so a team behind
 * one address is not throttled by its neighbours), any other against its client address (IPv6
 * grouped by /56, so one host cannot rotate addresses; a made-up key does not escape the
 * address's count). Over the limit: 429 with Retry-After (seconds) and a GraphQL error
 * `RATE_LIMITED`. Counts live in this process's memory: behind several processes, each counts
 * its own share. Runs after `authenticate`.
 */
export function rateLimiter(http: HttpConfig, metrics?: Metrics): RequestHandler | undefined {
  const { rateLimitPerIp: perIp, rateLimitPerKey: perKey } = http;
  if (perIp === 0 && perKey === 0) return undefined;
  const keyed = (res: Parameters<RequestHandler>[1]) => {
    const p = principalOf(res.req, res);
    return p && p !== 'invalid' ? p.name : undefined;
  };
  return rateLimit({
    windowMs: http.rateWindowSeconds * 1000,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const key = keyed(res);
      return key !== undefined ? `key:${key}` : `ip:${ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '', 56)}`;
    },
    limit: (_req, res) => (keyed(res) !== undefined ? perKey : perIp),
    skip: (_req, res) => (keyed(res) !== undefined ? perKey === 0 : perIp === 0),
    handler: (req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After') ?? http.rateWindowSeconds);
      const who = keyed(res) !== undefined ? 'this API key' : 'this address';
      metrics?.rateLimited.inc({ by: keyed(res) !== undefined ? 'key' : 'address' });
      sendError(req, res, 429, 'RATE_LIMITED', `Too many requests from ${who}: retry after ${retryAfter} s.`, {
        retryAfter,
      });
    },
    validate: { xForwardedForHeader: false },
  });
}
