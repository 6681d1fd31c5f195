import { randomUUID } from 'node:crypto';
import type { Principal } from '../core/auth/principal';
import type { Context } from '../core/context/context';
import { LoaderCache } from '../core/context/loader-cache';
import type { AppServices } from '../core/db/open-database';
import { runWritePipeline } from './write-pipeline';

/**
 * A context for one request, or for a tool's work outside any request: fresh DataLoaders, who is
 * calling (`'invalid'`: a key was sent that names no live key), and the domain's write pipeline.
 */
export function createContext(
  app: AppServices,
  requestId: string = randomUUID(),
  principal: Principal | null | 'invalid' = null,
): Context {
  return {
    requestId,
    config: app.config,
    sql: app.sql,
    tx: app.tx,
    loaders: new LoaderCache(app.sql),
    principal: principal === 'invalid' ? null : principal,
    badCredentials: principal === 'invalid',
    pipeline: runWritePipeline,
  };
}
