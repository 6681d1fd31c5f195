import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import type { RunningServer, ServerOptions } from '../../src/server';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  server: RunningServer;
  url: string;
  dbPath: string;
  /** POSTs a GraphQL operation and returns the status with the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts the real server on port 0 with a fresh SQLite file (or the database in
 * TEST_DATABASE_URL), runs the real migrations and the seed, and talks HTTP to it.
 */
export async function startTestServer(env: Record<string, string> = {}, options: ServerOptions = {}, dir?: string): Promise<TestServer> {
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'supplyline-test-'));
  const dbPath = join(folder, 'kb.sqlite');
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: process.env.TEST_DATABASE_URL ?? `sqlite:${dbPath}`,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    ...env,
  });
  const server = await startServer(config, options);
  const gql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  return {
    server,
    url: server.url,
    dbPath,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>) {
      const res = await gql<T>(query, variables);
      if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
      return res.data as T;
    },
    async close() {
      await server.stop();
      if (!dir) rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Row counts of every table: a refused write must leave them all unchanged. */
export async function tableCounts(server: RunningServer): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['actor', 'actor_name', 'source', 'transfer', 'recognition', 'citation', 'citation_hop']) {
    out[t] = Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  }
  return out;
}
