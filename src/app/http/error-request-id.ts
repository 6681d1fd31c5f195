import type { RequestHandler } from 'express';
import { requestIdOf } from './request-log';

/**
 * Puts the request's id into `extensions.requestId` of every GraphQL error Apollo answers —
 * execution and validation errors as well as its own refusals before any operation runs (CSRF,
 * method, batching), which no plugin sees — so a user can quote it and an operator can find the
 * request's log lines. Apollo writes a response's `errors` first, so a body without errors is
 * recognised by its first characters and passes untouched.
 */
export const requestIdInErrors: RequestHandler = (req, res, next) => {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    if (typeof body === 'string' && body.startsWith('{"errors":')) {
      const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
      const requestId = requestIdOf(req);
      for (const e of parsed.errors ?? []) e.extensions = { ...e.extensions, requestId };
      body = `${JSON.stringify(parsed)}\n`;
    }
    return send(body);
  };
  next();
};
