import { ENTITIES } from '../src/domain/entities';
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/core/config/config';
import { createDataSource, migrate } from '../src/core/db/data-source';
import { MIGRATIONS } from '../migrations';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = createDataSource(parseDatabaseUrl(db.url), ENTITIES);
  await ds.initialize();
});
afterAll(async () => {
  await ds.destroy();
  await db.drop();
});

const drift = async () => (await ds.driver.createSchemaBuilder().log()).upQueries.map((q) => q.query);
const tables = async () =>
  ds.options.type === 'postgres'
    ? (
        await ds.query(
          `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
        )
      ).map((r: any) => r.name)
    : (
        await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`)
      ).map((r: any) => r.name);

describe('migrations', () => {
  it('run up on an empty database, and the entities show no drift', async () => {
    const applied = await migrate(ds);
    expect(applied).toEqual(MIGRATIONS.map((m) => new m().name));
    expect(await drift()).toEqual([]);
    expect(await ds.showMigrations()).toBe(false);
  });

  it('run down all the way, leaving only the migrations table, and up again with no drift', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    expect(await tables()).toEqual(['migrations']);
    await migrate(ds);
    expect(await drift()).toEqual([]);
  });

  it('put SQLite in WAL mode with synchronous=FULL, as a fresh file reports it', async () => {
    if (ds.options.type !== 'better-sqlite3') return;
    expect((await ds.query('PRAGMA journal_mode'))[0].journal_mode).toBe('wal');
    expect((await ds.query('PRAGMA synchronous'))[0].synchronous).toBe(2);
    expect((await ds.query('PRAGMA foreign_keys'))[0].foreign_keys).toBe(1);
  });
});
