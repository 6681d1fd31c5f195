import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AppServices } from '../context';

/**
 * `/healthz`: the process answers. `/readyz`: it can serve — the database answers a query and
 * no migration is pending (503 otherwise, with the reason), so a load balancer sends no traffic
 * to a process whose database is gone or behind the code.
 */
export function healthRouter(app: AppServices, dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await app.sql.all('SELECT 1 AS ok');
    } catch {
      res.status(503).json({ status: 'database unreachable' });
      return;
    }
    try {
      const pending = await dataSource.showMigrations();
      res.status(pending ? 503 : 200).json({ status: pending ? 'migrations pending' : 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  return router;
}
