import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS } from '../src/tools/bench/queries';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * SUPPLYLINE_EXECUTOR: graphql-jit (the default) answers byte for byte as graphql-js does. Every
 * other test runs in `compare` mode, which checks this on each of its queries; here the two
 * production modes serve the same database side by side.
 */
const EXAMPLES = readdirSync(join(__dirname, '..', 'examples')).filter((f) => f.endsWith('.graphql'));
const QUERIES: [string, string, Record<string, unknown>?][] = [
  ...EXAMPLES.map((f) => [f, readFileSync(join(__dirname, '..', 'examples', f), 'utf8')] as [string, string]),
  ...OPERATIONS.filter((op) => !op.write).map(
    (op) =>
      [`bench ${op.name}`, op.body.query, { ...op.body.variables, actor: 'russia', name: 'DPRK' }] as [
        string,
        string,
        Record<string, unknown>,
      ],
  ),
  // The error cases below show that an answer with errors is graphql-js's own (jit mode re-runs
  // such a query on graphql-js, and refuses bad variables as graphql-js does): they check that
  // fallback, not graphql-jit's own error shapes, which are never sent.
  ['a BAD_USER_INPUT in a resolver', '{ transfers(filter: { recipient: "Atlantis" }) { totalCount } }'],
  ['a bad variable', 'query ($n: Int) { transfers(first: $n) { totalCount } }', { n: 'many' }],
  [
    'null bubbling past a non-null field',
    '{ a: actor(key: "russia") { name } b: transfers(first: -1) { totalCount } }',
  ],
  ['a fragment on a union', '{ search(text: "drones") { kind transfer { ... on Transfer { item } } } }'],
];

let db: TestDatabase;
const answers: Record<string, Map<string, { status: number; body: string }>> = {};

/** Serves the same database in each mode in turn and records every answer. */
beforeAll(async () => {
  db = await createTestDatabase();
  for (const mode of ['graphql-js', 'jit']) {
    // Production output (no stack traces, which name the executor's own frames).
    const t = await startTestServer({ SUPPLYLINE_EXECUTOR: mode, NODE_ENV: 'production' }, {}, db);
    try {
      expect(t.server.app.config.executor).toBe(mode);
      answers[mode] = new Map();
      for (const [name, query, variables] of QUERIES) answers[mode].set(name, await raw(t, name, query, variables));
    } finally {
      await t.close();
    }
  }
}, 120_000);
afterAll(() => db.drop());

/** The same request id in both modes (errors carry it), so the answers can be compared byte for byte. */
async function raw(
  t: TestServer,
  name: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  const headers = { 'content-type': 'application/json', 'x-request-id': `executor-${name.replace(/\W+/g, '-')}` };
  const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: await res.text() };
}

describe('graphql-jit and graphql-js', () => {
  it.each(QUERIES.map(([name]) => [name]))('answer %s identically', (name) => {
    const reference = answers['graphql-js'].get(name)!;
    expect(reference.body.length).toBeGreaterThan(20);
    expect(answers.jit.get(name)).toEqual(reference);
  });
});
