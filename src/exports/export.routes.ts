import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import { apiKeyService } from '../auth/api-key.service';
import type { AppServices } from '../context';
import type { Logger } from '../logger';
import { AppError } from '../common/errors';
import { EXPORTERS } from './exporters';
import { filterFromQuery } from './url-filter';

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
  router.get('/:name', async (req, res) => {
    const name = String(req.params.name);
    const exporter = Object.hasOwn(EXPORTERS, name) ? EXPORTERS[name] : undefined;
    if (!exporter) {
      res.status(404).json({ errors: [{ message: `No export named ${JSON.stringify(name)}; there are ${Object.keys(EXPORTERS).join(', ')}.`, extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    let filter: Record<string, unknown>;
    try {
      filter = filterFromQuery(req.query as Record<string, unknown>, exporter.params ?? {});
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      res.status(400).json({ errors: [{ message: e.message, extensions: e.extensions }] });
      return;
    }
    res.attachment(`supplyline-${name}`); // sets a type from the extension: ours comes after
    res.type(exporter.contentType);
    try {
      await exporter.write(app, dataSource, filter, res);
      res.end();
    } catch (e) {
      if (e instanceof AppError && !res.headersSent) {
        res.status(400).json({ errors: [{ message: e.message, extensions: e.extensions }] });
        return;
      }
      logger.error('export failed', { export: name, error: e instanceof Error ? e.message : String(e) });
      res.destroy();
    }
  });
  return router;
}
