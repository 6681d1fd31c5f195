import express from 'express';
import type { NextFunction, Request, Response, Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AppServices } from '../../core/db/open-database';
import type { Logger } from '../../core/logger/logger';
import { AppError } from '../../core/errors/errors';
import { EXPORTERS } from '../../tools/exports/exporters';
import { filterFromQuery } from '../../tools/exports/url-filter';
import { principalOf } from './authenticate';
import { streamedBody } from './compression';
import { sendError } from './http-errors';
import type { Metrics } from '../telemetry/metrics';
import { requestIdOf } from './request-log';

/**
 * /export/… — the same access rules as reads: a bad key is refused, and when reads need a key,
 * so do exports. Responses stream; a failure after the first byte ends the response early
 * (the client sees a truncated file, never a silently partial one with a success trailer).
 */
/** What a client refused for too many exports at once is told to wait. */
const EXPORT_RETRY_SECONDS = 5;

export function exportRouter(app: AppServices, dataSource: DataSource, logger: Logger, metrics?: Metrics): Router {
  const router = express.Router();
  let active = 0;
  // The key was checked once for the request (authenticate.ts, mounted before this router).
  router.use((req: Request, res: Response, next: NextFunction) => {
    const principal = principalOf(req, res);
    if (principal === 'invalid' || (app.config.readsNeedKey && principal === null)) {
      sendError(
        req,
        res,
        401,
        'UNAUTHENTICATED',
        'This export needs a valid API key: send Authorization: Bearer <key>.',
      );
      return;
    }
    next();
  });
  router.get('/:name', async (req, res) => {
    const name = String(req.params.name);
    const exporter = Object.hasOwn(EXPORTERS, name) ? EXPORTERS[name] : undefined;
    if (!exporter) {
      sendError(
        req,
        res,
        404,
        'NOT_FOUND',
        `No export named ${JSON.stringify(name)}; there are ${Object.keys(EXPORTERS).join(', ')}.`,
      );
      return;
    }
    let filter: Record<string, unknown>;
    try {
      filter = filterFromQuery(req.query as Record<string, unknown>, exporter.params ?? {});
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      sendError(req, res, 400, e.code, e.message, e.extensions);
      return;
    }
    // A few exports at a time: each holds a read snapshot and a share of the CPU for as long as
    // its reader reads; more would slow every other request down.
    const limit = app.config.http.maxExports;
    if (limit > 0 && active >= limit) {
      res.set('Retry-After', String(EXPORT_RETRY_SECONDS));
      sendError(
        req,
        res,
        503,
        'EXPORTS_BUSY',
        `${limit} exports are already streaming, the most this server runs at once: retry in ${EXPORT_RETRY_SECONDS} s.`,
        { retryAfter: EXPORT_RETRY_SECONDS },
      );
      metrics?.exportsTotal.inc({ export: name, outcome: 'busy' });
      return;
    }
    active++;
    metrics?.exportsOpen.inc({ export: name });
    let outcome = 'complete';
    res.attachment(`supplyline-${name}`); // sets a type from the extension: ours comes after
    res.type(exporter.contentType);
    const body = streamedBody(req, res, app.config.http.compression);
    try {
      await exporter.write(app, dataSource, filter, body.out);
      body.out.end();
    } catch (e) {
      if (e instanceof AppError && !res.headersSent) {
        outcome = 'refused';
        body.abandon();
        sendError(req, res, 400, e.code, e.message, e.extensions);
        return;
      }
      outcome = res.destroyed || req.destroyed ? 'aborted' : 'failed';
      logger.error('export failed', {
        requestId: requestIdOf(req),
        export: name,
        error: e instanceof Error ? (e.stack ?? e.message) : String(e),
      });
      res.destroy();
    } finally {
      active--;
      metrics?.exportsOpen.dec({ export: name });
      metrics?.exportsTotal.inc({ export: name, outcome });
    }
  });
  return router;
}
