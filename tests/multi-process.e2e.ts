import { createClient } from 'graphql-sse';
import { Role } from '../src/core/auth/role.enum';
import { buildDist, spawnServer } from './helpers/child-server';
import type { ChildServer } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Two server processes on one PostgreSQL database (the scale-out setup): what one writes the
 * other reads, and concurrent writes through both all land. Runs in the PostgreSQL pass of CI
 * (TEST_DATABASE_URL); SQLite is one process by design.
 */
const pg = /^postgres/.test(process.env.TEST_DATABASE_URL ?? '');
const describeOnPg = pg ? describe : describe.skip;

describeOnPg('two server processes on one PostgreSQL database', () => {
  let db: TestDatabase;
  let a: TestServer;
  let b: ChildServer;
  let bUrl: string;
  let editor: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestServer({}, {}, db);
    editor = await makeKey(a.server, 'two-process-editor', Role.EDITOR);
    await buildDist();
    b = await spawnServer({ DATABASE_URL: db.url });
    bUrl = b.url;
  }, 60_000);

  afterAll(async () => {
    if (b && b.child.exitCode === null) {
      b.child.kill('SIGTERM');
      await b.exited;
    }
    await a.close();
    await db.drop();
  });

  const post = async (url: string, query: string, variables?: object) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  const RECORD = `mutation($item: String!) { recordTransfer(input: { supplier: "iran", recipient: "syria", category: OTHER, item: $item, status: PROPOSED,
    citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: $item }] }) { id } }`;

  it('a write through one is read through the other', async () => {
    const written = await post(bUrl, RECORD, { item: 'written through B' });
    expect(written.errors).toBeUndefined();
    const read = await a.data(`query($id: ID!) { transfer(id: $id) { item history { who operation } } }`, {
      id: written.data.recordTransfer.id,
    });
    expect(read.transfer).toEqual({
      item: 'written through B',
      history: [{ who: 'two-process-editor', operation: 'recordTransfer' }],
    });
    const seen = await post(bUrl, `{ search(text: "written through", kinds: [TRANSFER]) { transfer { id } } }`);
    expect(seen.data.search).toEqual([{ transfer: { id: written.data.recordTransfer.id } }]);
  });

  it('concurrent writes through both all land, each with its history entry', async () => {
    const before = Number((await a.server.dataSource.query('SELECT COUNT(*) AS n FROM history_entry'))[0].n);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => post(i % 2 ? bUrl : a.url, RECORD, { item: `parallel ${i}` })),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(new Set(results.map((r) => r.data.recordTransfer.id)).size).toBe(30);
    const after = Number((await a.server.dataSource.query('SELECT COUNT(*) AS n FROM history_entry'))[0].n);
    expect(after - before).toBe(30);
    const listed = await post(
      bUrl,
      `{ transfers(filter: { supplier: "iran", recipient: "syria" }, first: 100) { totalCount } }`,
    );
    expect(listed.data.transfers.totalCount).toBe(31);
    // The change feed numbered them one at a time, in commit order: 1… without a gap or a twin.
    const numbers = (await a.server.dataSource.query('SELECT seq FROM change_log ORDER BY seq')).map((r: any) =>
      Number(r.seq),
    );
    expect(numbers).toEqual(numbers.map((_n: number, i: number) => i + 1));
  });

  it("a subscription on one is sent the other's writes", async () => {
    const since = (await a.data(`{ changes(last: 1) { edges { cursor } } }`)).changes.edges[0].cursor;
    const client = createClient({ url: `${a.url}/graphql/stream`, retryAttempts: 0 });
    const events: any[] = [];
    const iterator = client.iterate({
      query: `subscription ($after: String) { claimsChanged(after: $after) { operation who claims { claim { ... on Transfer { item } } } } }`,
      variables: { after: since },
    });
    const written = await post(bUrl, RECORD, { item: 'written through B for A' });
    expect(written.errors).toBeUndefined();
    for await (const event of iterator) {
      events.push(event.data?.claimsChanged);
      break;
    }
    expect(events).toEqual([
      {
        operation: 'recordTransfer',
        who: 'two-process-editor',
        claims: [{ claim: { item: 'written through B for A' } }],
      },
    ]);
  });
});
