import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AppServices } from '../../core/db/open-database';

/**
 * `/healthz`: the process answers. `/readyz`: it can serve — the database answers a query, no
 * migration is pending, and the writer can write (503 otherwise, with the reason), so a load
 * balancer sends no traffic to a process whose database is gone, behind the code, or full. After
 * a write failed for want of space, each /readyz tries one small write (the write probe) until
 * one commits.
 */

/** A database that does not answer within this is as good as unreachable to a load balancer. */
const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS)),
  );
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function healthRouter(app: AppServices, dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await withTimeout(app.sql.all('SELECT 1 AS ok'));
    } catch {
      res.status(503).json({ status: 'database unreachable' });
      return;
    }
    if (app.tx.writer === 'broken') {
      res.status(503).json({ status: 'writer broken: restart the server' });
      return;
    }
    if (app.tx.writer === 'storage-failed' && !(await withTimeout(app.tx.probe()).catch(() => false))) {
      res.status(503).json({ status: 'storage full: writes fail' });
      return;
    }
    try {
      const pending = await withTimeout(dataSource.showMigrations());
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}
