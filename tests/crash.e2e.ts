import 'reflect-metadata';
import { Role } from '../src/core/auth/role.enum';
import { loadConfig } from '../src/core/config/config';
import { verifyDatabase } from '../src/tools/ops/verify';
import { closeDatabase, openDatabase } from '../src/domain/database';
import { buildDist, spawnServer } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';

/**
 * Nothing lost: the real server process writes claims (each one transaction: a transfer, two
 * citations, a chain hop, a version, a history entry, search and supply_edge rows) for four
 * clients at once and is killed with SIGKILL at a random moment, round after round on the same
 * database. After every kill: the storage is intact (integrity_check on SQLite), every invariant
 * holds, every write the server acknowledged is there whole, and no write is there in part.
 */
const ROUNDS = 8;
const CLIENTS = 4;
const RECORD = `mutation($item: String!) { recordTransfer(input: { supplier: "iran", recipient: "syria", category: OTHER, item: $item, status: PROPOSED,
  citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: $item, chain: ["us-intelligence-finding-2022-russia-north-korea-munitions"] },
              { source: "white-house-2022-iranian-drones-statement", quote: $item }] }) { id } }`;

let db: TestDatabase;
let editor: string;
beforeAll(async () => {
  db = await createTestDatabase();
  const setup = await startTestServer({}, {}, db);
  editor = await makeKey(setup.server, 'crash-editor', Role.EDITOR);
  await setup.close();
  await buildDist();
}, 120_000);
afterAll(() => db.drop());

/** Writes until the server stops answering; returns the ids it acknowledged and the items it sent. */
async function writeUntilKilled(
  url: string,
  round: number,
  client: number,
  sent: string[],
  onAck: () => void,
): Promise<Map<string, string>> {
  const acknowledged = new Map<string, string>();
  for (let i = 0; ; i++) {
    const item = `crash r${round} c${client} #${i}`;
    sent.push(item);
    let text: string;
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
        body: JSON.stringify({ query: RECORD, variables: { item } }),
      });
      text = await res.text();
    } catch {
      return acknowledged; // the connection died with the server
    }
    // Any answer at all must be an acknowledgement: an error from a live server fails the test.
    const body = JSON.parse(text) as { data?: { recordTransfer: { id: string } }; errors?: unknown[] };
    if (!body.data?.recordTransfer) throw new Error(`refused: ${text}`);
    acknowledged.set(body.data.recordTransfer.id, item);
    onAck();
  }
}

it(`${ROUNDS} rounds of SIGKILL mid-write lose no acknowledged write and leave none half-written`, async () => {
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  let acknowledgedTotal = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const server = await spawnServer({ DATABASE_URL: db.url, SUPPLYLINE_SEED: 'false' });
    const sent: string[] = [];
    let firstAck!: () => void;
    const acked = new Promise<void>((r) => (firstAck = r));
    const writers = Array.from({ length: CLIENTS }, (_, c) => writeUntilKilled(server.url, round, c, sent, firstAck));
    // A random moment once writes are flowing.
    await acked;
    await new Promise((r) => setTimeout(r, Math.random() * 500));
    server.child.kill('SIGKILL');
    expect((await server.exited).signal).toBe('SIGKILL');
    const acknowledged = new Map<string, string>();
    for (const w of await Promise.all(writers)) for (const [id, item] of w) acknowledged.set(id, item);
    expect(acknowledged.size).toBeGreaterThan(0);
    acknowledgedTotal += acknowledged.size;

    const { dataSource, app } = await openDatabase(config, { migrate: false });
    try {
      const faults = (await verifyDatabase(dataSource, app)).filter((r) => r.faults > 0);
      expect(faults).toEqual([]);
      const stored = await app.sql.all<{
        id: string;
        item: string;
        citations: number;
        hops: number;
        versions: number;
        history: number;
      }>(
        `SELECT t.id, t.item,
           (SELECT COUNT(*) FROM citation c WHERE c.transfer_id = t.id) AS citations,
           (SELECT COUNT(*) FROM citation_hop h JOIN citation c ON c.id = h.citation_id WHERE c.transfer_id = t.id) AS hops,
           (SELECT COUNT(*) FROM transfer_version v WHERE v.id = t.id) AS versions,
           (SELECT COUNT(*) FROM history_entry e WHERE e.entity_id = t.id) AS history
         FROM transfer t WHERE ${app.sql.inList('t.item', sent).sql}`,
        [app.sql.inList('t.item', sent).param],
      );
      // Every acknowledged write is there, under the id the server answered…
      const byId = new Map(stored.map((r) => [r.id, r]));
      for (const [id, item] of acknowledged) expect(byId.get(id)?.item).toBe(item);
      // …and every write that is there (acknowledged or cut off before its answer) is whole.
      for (const r of stored) expect([r.citations, r.hops, r.versions, r.history].map(Number)).toEqual([2, 1, 1, 1]);
      // At most the writes in flight when the process died (one per client) landed unacknowledged.
      expect(stored.length - acknowledged.size).toBeLessThanOrEqual(CLIENTS);
    } finally {
      await closeDatabase(dataSource, app);
    }
  }
  expect(acknowledgedTotal).toBeGreaterThan(ROUNDS);
}, 300_000);
