import cors from 'cors';
import type { RequestHandler } from 'express';
import type { HttpConfig } from '../../core/config/config';

/**
 * Cross-origin access for front-end clients on other origins. Default: none (the explorer and
 * the IDE are served from the server's own origin and need none). Allowed origins get their own
 * origin back (never "*" together with credentials, which are never allowed: the API takes keys
 * in the Authorization header, not cookies); any other origin gets no CORS header, so its
 * browser refuses the answer. Preflights are answered either way (204) and cached 10 minutes.
 */
export function corsPolicy(http: HttpConfig): RequestHandler {
  const allowed = http.corsOrigins;
  const handler = cors({
    origin: allowed === '*' ? '*' : (origin, done) => done(null, origin !== undefined && allowed.includes(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'apollo-require-preflight',
      'x-apollo-operation-name',
      'x-request-id',
    ],
    exposedHeaders: ['x-request-id', 'retry-after', 'ratelimit', 'ratelimit-policy'],
    credentials: false,
    maxAge: 600,
  });
  // cors leaves the preflight of an origin it does not allow to the next handler: end it here.
  return (req, res, next) => handler(req, res, () => (req.method === 'OPTIONS' ? void res.status(204).end() : next()));
}
