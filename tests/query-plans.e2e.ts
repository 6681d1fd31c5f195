import Database from 'better-sqlite3';
import { Role } from '../src/core/auth/role.enum';
import { OPERATIONS } from '../src/tools/bench/queries';
import { createContext } from '../src/domain/context';
import { generate } from '../src/tools/synthetic/generate';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The cost of the benchmark's reads must not grow with the data: every statement they run reads
 * base tables through an index (SEARCH), never by scanning them. Checked with SQLite's
 * EXPLAIN QUERY PLAN on every statement, with its real parameters. (PostgreSQL's planner
 * rightly prefers sequential scans on a test-sized database, so its plans prove nothing here.)
 */
const onPostgres = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');
const TABLES = [
  'actor',
  'actor_name',
  'source',
  'transfer',
  'recognition',
  'citation',
  'citation_hop',
  'history_entry',
  'search_key',
  'supply_edge',
];

let t: TestServer;
const statements: { sql: string; params: readonly unknown[] }[] = [];

(onPostgres ? describe.skip : describe)('query plans of the benchmark reads', () => {
  beforeAll(async () => {
    t = await startTestServer(
      { SUPPLYLINE_SEED: 'false' },
      { onSql: (sql, params) => statements.push({ sql, params }) },
    );
    await generate(createContext(t.server.app, 'test', { name: 'generate', role: Role.ADMIN }), { transfers: 1500 });
  }, 120_000);
  afterAll(() => t.close());

  /** Names the statement gives base tables (the table itself, or its alias). */
  function baseNames(sql: string): Set<string> {
    const names = new Set<string>();
    const re = new RegExp(
      `\\b(?:FROM|JOIN)\\s+(${TABLES.join('|')})\\b(?:\\s+(?:AS\\s+)?(?!WHERE|JOIN|ON|LEFT|INNER|ORDER|GROUP|LIMIT|UNION)(\\w+))?`,
      'gi',
    );
    for (const m of sql.matchAll(re)) {
      names.add(m[1]);
      if (m[2]) names.add(m[2]);
    }
    return names;
  }

  it.each(OPERATIONS.filter((op) => !op.write).map((op) => [op.name, op] as const))(
    '%s reads every table through an index',
    async (_name, op) => {
      statements.length = 0;
      const res = await t.gql(op.body.query, op.body.variables);
      expect(res.errors).toBeUndefined();
      expect(statements.length).toBeGreaterThan(0);
      const db = new Database((t.server.app.config.database as { path: string }).path, { readonly: true });
      try {
        for (const { sql, params } of statements) {
          const plan = (
            db
              .prepare(`EXPLAIN QUERY PLAN ${sql}`)
              .all(...params.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as { detail: string }[]
          ).map((r) => r.detail);
          const names = baseNames(sql);
          const scans = plan.filter((line) => {
            const m = /^SCAN (\S+)/.exec(line);
            return m !== null && names.has(m[1]);
          });
          // A page must come off an index in order; sorting is allowed only over bounded branches
          // merged (one index range per rolled-up actor) or ranked full-text hits.
          const sorts =
            / LIMIT /.test(sql) && !/ MATCH /.test(sql) && !plan.some((l) => l.startsWith('COMPOUND QUERY'))
              ? plan.filter((l) => l.startsWith('USE TEMP B-TREE FOR ORDER BY'))
              : [];
          expect({ sql: sql.replace(/\s+/g, ' '), scans, sorts }).toEqual({
            sql: sql.replace(/\s+/g, ' '),
            scans: [],
            sorts: [],
          });
        }
      } finally {
        db.close();
      }
    },
  );

  it('notices a scan when there is one (the check itself works)', () => {
    const db = new Database((t.server.app.config.database as { path: string }).path, { readonly: true });
    try {
      const sql = 'SELECT t.id FROM transfer t WHERE t.item = ?';
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail);
      expect(plan.some((line) => line.startsWith('SCAN t'))).toBe(true);
      expect(baseNames(sql).has('t')).toBe(true);
    } finally {
      db.close();
    }
  });
});
