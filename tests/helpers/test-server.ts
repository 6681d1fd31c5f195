import 'reflect-metadata';
import { loadConfig } from '../../src/core/config/config';
import { startServer } from '../../src/app/server';
import type { RunningServer, ServerOptions } from '../../src/app/server';
import { apiKeyService } from '../../src/domain/access/api-key.service';
import type { Role } from '../../src/core/auth/role.enum';
import { createTestDatabase } from './test-database';
import type { TestDatabase } from './test-database';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface TestServer {
  server: RunningServer;
  url: string;
  /** The DATABASE_URL the server runs on (for command-line tools and direct checks). */
  databaseUrl: string;
  /** POSTs a GraphQL operation and returns the status with the parsed body. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** gql with "Authorization: Bearer <secret>". */
  gqlAs<T = any>(secret: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** data, with "Authorization: Bearer <secret>". */
  dataAs<T = any>(secret: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Starts the real server on port 0 on a fresh database (SQLite, or PostgreSQL when
 * TEST_DATABASE_URL is set: see test-database.ts), runs the real migrations and the seed, and
 * talks HTTP to it. Pass `database` to reuse one across restarts (the caller drops it).
 */
function dataOf<T>(res: GraphQLResponse<T>): T {
  if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

/** The environment of a server with the gazetteer, as the default configuration has it. */
export const WITH_GAZETTEER = { SUPPLYLINE_GAZETTEER: 'true' };

export async function startTestServer(
  env: Record<string, string> = {},
  options: ServerOptions = {},
  database?: TestDatabase,
): Promise<TestServer> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: db.url,
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    // Every test query runs on graphql-js and graphql-jit, and fails if their answers differ.
    SUPPLYLINE_EXECUTOR: 'compare',
    // Suites send hundreds of requests from one address; tests/rate-limit.e2e.ts turns the limits on.
    SUPPLYLINE_RATE_LIMIT_IP: '0',
    SUPPLYLINE_RATE_LIMIT_KEY: '0',
    // Most suites check a knowledge base's own data (the seed, or what they write) to the actor:
    // the gazetteer's 200-odd states stay out unless a suite asks for them (SUPPLYLINE_GAZETTEER:
    // 'true'): the gazetteer's own suite, the SIPRI imports, and the documented examples, which
    // must show what a user of the default configuration sees.
    SUPPLYLINE_GAZETTEER: 'false',
    ...env,
  });
  const server = await startServer(config, options);
  const post = async <T>(
    headers: Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>> => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  };
  const gql = <T>(query: string, variables?: Record<string, unknown>) => post<T>({}, query, variables);
  return {
    server,
    url: server.url,
    databaseUrl: db.url,
    gql,
    gqlAs: (secret, query, variables) => post({ authorization: `Bearer ${secret}` }, query, variables),
    async data<T>(query: string, variables?: Record<string, unknown>) {
      return dataOf(await gql<T>(query, variables));
    },
    async dataAs<T>(secret: string, query: string, variables?: Record<string, unknown>) {
      return dataOf(await post<T>({ authorization: `Bearer ${secret}` }, query, variables));
    },
    async close() {
      await server.stop();
      if (!database) await db.drop();
    },
  };
}

/** Every row of every table, in primary-key order: a refused write must leave it identical. */
export async function dumpDatabase(server: RunningServer): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const meta of server.dataSource.entityMetadatas) {
    const order = meta.primaryColumns.map((c) => c.databaseName).join(', ');
    out[meta.tableName] = await server.dataSource.query(`SELECT * FROM ${meta.tableName} ORDER BY ${order}`);
  }
  // The change feed's tables have no entity: a refused write must not number a write either.
  for (const [table, order] of [
    ['change_log', 'seq'],
    ['change_claim', 'seq, claim_type, claim_id'],
  ]) {
    out[table] = await server.dataSource.query(`SELECT * FROM ${table} ORDER BY ${order}`);
  }
  return out;
}

/** Makes an API key through the service and returns its secret. */
export async function makeKey(server: RunningServer, name: string, role: Role): Promise<string> {
  return (await apiKeyService.create(server.context(), name, role)).secret;
}

/** Row counts of every table: a refused write must leave them all unchanged. */
export async function tableCounts(server: RunningServer): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['actor', 'actor_name', 'source', 'transfer', 'recognition', 'citation', 'citation_hop']) {
    out[t] = Number((await server.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
  }
  return out;
}
