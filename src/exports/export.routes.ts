import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import { apiKeyService } from '../auth/api-key.service';
import type { AppServices } from '../context';
import type { Logger } from '../logger';
import { writeDump } from './dump';

/**
 * /export/… — the same access rules as reads: a bad key is refused, and when reads need a key,
 * so do exports. Responses stream; a failure after the first byte ends the response early
 * (the client sees a truncated file, never a silently partial one with a success trailer).
 */
export function exportRouter(app: AppServices, dataSource: DataSource, logger: Logger): Router {
  const router = express.Router();
  router.use(async (req: Request, res: Response, next: NextFunction) => {
    const principal = await apiKeyService.authenticate(app.sql, req.headers.authorization);
    if (principal === 'invalid' || (app.config.readsNeedKey && principal === null)) {
      res.status(401).json({ errors: [{ message: 'This export needs a valid API key: send Authorization: Bearer <key>.', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    next();
  });
  router.get('/dump.json', async (_req, res) => {
    res.type('application/json; charset=utf-8');
    res.attachment('supplyline-dump.json');
    try {
      await writeDump(app.sql, dataSource, res);
      res.end();
    } catch (e) {
      logger.error('export failed', { export: 'dump.json', error: e instanceof Error ? e.message : String(e) });
      res.destroy();
    }
  });
  return router;
}
