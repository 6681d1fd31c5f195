import type { Request, RequestHandler, Response } from 'express';
import type { Principal } from '../../core/auth/principal';
import { apiKeyService } from '../../domain/access/api-key.service';
import type { SqlRunner } from '../../core/db/sql-runner';

/**
 * Reads the Authorization header once per request, before the rate limiter (which counts a
 * request against its key when the key is valid) and the GraphQL context (which uses the same
 * answer): null without a header, 'invalid' for a key that names no live key.
 */
export function authenticate(sql: SqlRunner, rememberSeconds: number): RequestHandler {
  return async (req, res, next) => {
    res.locals.principal = await apiKeyService.authenticate(sql, req.headers.authorization, rememberSeconds);
    next();
  };
}

export function principalOf(_req: Request, res: Response): Principal | null | 'invalid' {
  return (res.locals.principal as Principal | null | 'invalid' | undefined) ?? null;
}
