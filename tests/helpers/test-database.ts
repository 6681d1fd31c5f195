import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A fresh, empty database for one test server. By default an SQLite file in a new temporary
 * folder; when TEST_DATABASE_URL names a PostgreSQL server (postgres://…/db), a new database
 * created beside `db` on that server, dropped again by `drop()`. Either way no two test files
 * share data.
 */
export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** Runs one statement on TEST_DATABASE_URL's database (to create, drop or cut off test databases). */
export async function admin(url: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(dir?: string): Promise<TestDatabase> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl && /^postgres(ql)?:\/\//.test(pgUrl)) {
    const name = `supplyline_t_${randomBytes(6).toString('hex')}`;
    await admin(pgUrl, `CREATE DATABASE ${name}`);
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), drop: () => admin(pgUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const folder = dir ?? mkdtempSync(join(tmpdir(), 'supplyline-test-'));
  return {
    url: `sqlite:${join(folder, 'kb.sqlite')}`,
    drop: async () => {
      if (!dir) rmSync(folder, { recursive: true, force: true });
    },
  };
}
