import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { generate } from '../src/tools/synthetic/generate';
import { startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';
import { createTestDatabase } from './helpers/test-database';
import { buildDist } from './helpers/child-server';

/** `npm run generate`: a deterministic synthetic knowledge base, written through the import path. */
const TRANSFERS = 1000;
const servers: TestServer[] = [];

async function generated(seed: number): Promise<TestServer> {
  const t = await startTestServer({ SUPPLYLINE_SEED: 'false' });
  servers.push(t);
  await generate(createContext(t.server.app, 'test', { name: 'generate', role: Role.ADMIN }), {
    transfers: TRANSFERS,
    seed,
  });
  return t;
}

const EVERYTHING = `query ($after: String) { transfers(first: 500, after: $after, filter: { includeRetracted: true }) {
  pageInfo { hasNextPage endCursor }
  edges { node { id item category status retracted supplier { key } recipient { key } period { start end }
    evidence { quote stance verified source { key } chain { key } } assessment { verdict independentVoices disputingVoices } } } } }`;

async function allTransfers(t: TestServer): Promise<any[]> {
  const out: any[] = [];
  let after: string | null = null;
  do {
    const page: any = (await t.data(EVERYTHING, { after })).transfers;
    out.push(...page.edges.map((e: any) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return out;
}

let a: TestServer;
let transfers: any[];

beforeAll(async () => {
  a = await generated(1);
  transfers = await allTransfers(a);
}, 120_000);

afterAll(async () => {
  for (const t of servers) await t.close();
});

describe('the synthetic knowledge base', () => {
  it('is the same for the same seed, and different for another', async () => {
    const b = await generated(1);
    expect(await allTransfers(b)).toEqual(transfers);
    const c = await generated(2);
    expect(await allTransfers(c)).not.toEqual(transfers);
  }, 120_000);

  it('has the size asked for, one history entry per write, and a hierarchy of actors with aliases', async () => {
    const counts = await tableCounts(a.server);
    const [{ n: history }] = await a.server.dataSource.query('SELECT COUNT(*) AS n FROM history_entry');
    expect(transfers).toHaveLength(TRANSFERS);
    expect(counts.recognition).toBe(TRANSFERS / 20);
    const retracted = transfers.filter((x) => x.retracted).length;
    expect(Number(history)).toBe(counts.actor + counts.source + counts.transfer + counts.recognition + retracted);
    const { actor } = await a.data('{ actor(name: "SS1 MoD") { key parent { key aliases } } }');
    expect(actor).toEqual({
      key: 'state-1-mod',
      parent: { key: 'state-1', aliases: ['Republic of Synthetica 1', 'SS1'] },
    });
  });

  it('has claims with 1–3 supporting citations, derivation chains, disputes, retractions and checked quotes', () => {
    for (const x of transfers) {
      const supports = x.evidence.filter((e: any) => e.stance === 'SUPPORTS').length;
      expect(supports).toBeGreaterThanOrEqual(1);
      expect(supports).toBeLessThanOrEqual(3);
    }
    const citations = transfers.flatMap((x) => x.evidence);
    expect(citations.some((e) => e.chain.length > 0)).toBe(true);
    expect(citations.some((e) => e.verified)).toBe(true);
    expect(transfers.filter((x) => x.evidence.some((e: any) => e.stance === 'DISPUTES')).length).toBeGreaterThan(
      TRANSFERS * 0.02,
    );
    expect(transfers.some((x) => x.assessment.verdict === 'CONTESTED')).toBe(true);
    expect(transfers.filter((x) => x.retracted).length).toBeGreaterThan(0);
    expect(new Set(transfers.map((x) => x.assessment.verdict))).toEqual(
      new Set(['CORROBORATED', 'SINGLE_SOURCE', 'CONTESTED']),
    );
  });

  it('is skewed: a few big suppliers and recipients, a long tail', () => {
    const share = (key: (x: any) => string) => {
      const n = new Map<string, number>();
      for (const x of transfers) n.set(key(x), (n.get(key(x)) ?? 0) + 1);
      const sorted = [...n.values()].sort((p, q) => q - p);
      return { top: sorted[0] / transfers.length, parties: sorted.length };
    };
    const suppliers = share((x) => x.supplier.key);
    const recipients = share((x) => x.recipient.key);
    expect(suppliers.top).toBeGreaterThan(0.2);
    expect(recipients.top).toBeGreaterThan(0.1);
    expect(suppliers.parties).toBeGreaterThan(10);
    expect(recipients.parties).toBeGreaterThan(20);
  });

  it('refuses a database that is not empty, and writes nothing', async () => {
    const before = await tableCounts(a.server);
    await expect(
      generate(createContext(a.server.app, 'test', { name: 'generate', role: Role.ADMIN }), { transfers: 10 }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'database' },
    });
    expect(await tableCounts(a.server)).toEqual(before);
  });
});

describe('npm run generate', () => {
  it('writes into the database of DATABASE_URL and reports the rate', async () => {
    await buildDist(); // npm run generate runs dist/ as built, refusing a stale one
    const db = await createTestDatabase();
    try {
      const run = promisify(execFile);
      const { stdout } = await run('npm', ['run', '--silent', 'generate', '--', '--transfers', '60'], {
        cwd: `${__dirname}/..`,
        env: { ...process.env, DATABASE_URL: db.url },
      });
      expect(stdout).toMatch(
        /generated \d+ actors, 50 sources, 60 transfers, 3 recognitions in [\d.]+ s \(\d+ claims\/s through the import path\)/,
      );
    } finally {
      await db.drop();
    }
  }, 120_000);
});
