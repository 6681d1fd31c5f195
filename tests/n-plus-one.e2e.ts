import { addTransfers } from './helpers/fixtures';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';
import { NYT, US_FINDING, WHITE_HOUSE_STATEMENT } from '../src/tools/seed/seed-sources';

let t: TestServer;
let statements = 0;
const log: string[] = [];
beforeAll(async () => {
  t = await startTestServer(
    { SUPPLYLINE_EXECUTOR: 'jit' },
    {
      onSql: (sql) => {
        statements++;
        log.push(sql.replace(/\s+/g, ' ').slice(0, 90));
      },
    },
  );
  // 60 more transfers between varied actors, citing varied sources with chains, so that every
  // batch holds many different keys.
  const suppliers = ['iran', 'north-korea', 'syria', 'united-states'];
  const recipients = ['russia', 'russian-ministry-of-defence', 'donetsk-peoples-republic', 'ukraine'];
  for (let i = 0; i < 60; i++) {
    await addTransfers(t.server, 1, {
      supplier: suppliers[i % 4],
      recipient: recipients[(i + 1) % 4],
      item: `batch item ${i}`,
      citations: [
        { source: i % 2 ? NYT : WHITE_HOUSE_STATEMENT, quote: `q${i}`, chain: i % 2 ? [US_FINDING] : [] },
        { source: US_FINDING, quote: `r${i}`, attributedTo: 'us-intelligence-community' },
      ],
    });
  }
});
afterAll(() => t.close());

async function countFor(first: number, fields: string): Promise<number> {
  statements = 0;
  log.length = 0;
  const d = await t.data(`{ transfers(first: ${first}) { edges { node { ${fields} } } } }`);
  expect(d.transfers.edges).toHaveLength(first);
  if (process.env.SHOW_SQL) console.log(first, log.join('\n'));
  return statements;
}

const NESTED = `item supplier { name } recipient { name } evidence { quote source { title publisher } }`;
const DEEP = `${NESTED} evidence { chain { title } attributedTo { name } origin { key } }
  assessment { verdict voices { name } firstReported { source { title } } explanation }
  supplier { aliases parent { name } } recipient { children { key } }`;

describe('no N+1: the SQL statement count does not grow with the page', () => {
  it("50 transfers with supplier, recipient, evidence and each citation's source", async () => {
    const five = await countFor(5, NESTED);
    const fifty = await countFor(50, NESTED);
    expect(fifty).toBe(five);
    expect(fifty).toBeLessThanOrEqual(5);
  });

  it('the same with chains, voices and assessments', async () => {
    // Sources are asked for by several resolvers (chains, origins, the assessment's voices) as
    // their own loads return, so depending on when each asks a page may take one round of
    // batches more or fewer than another (on PostgreSQL, whose answers arrive asynchronously);
    // the count is bounded whatever the size, never proportional to it.
    const counts = [await countFor(5, DEEP), await countFor(25, DEEP), await countFor(50, DEEP)];
    expect(Math.max(...counts)).toBeLessThanOrEqual(11);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('actors with their supply relations', async () => {
    statements = 0;
    await t.data(
      `{ actors(first: 3) { edges { node { suppliers { supplier { name } transfers { item } } suppliesTo { item } } } } }`,
    );
    const three = statements;
    statements = 0;
    await t.data(
      `{ actors(first: 11) { edges { node { suppliers { supplier { name } transfers { item } } suppliesTo { item } } } } }`,
    );
    expect(statements).toBe(three);
  });

  it('stats groups with their actors (StatsGroup.actor): read with the groups, none one by one', async () => {
    const run = async (fields: string) => {
      statements = 0;
      const d = await t.data(
        `{ transferStats(groupBy: RECIPIENT) { ${fields} } recognitionStats(groupBy: RECOGNIZER) { ${fields} } }`,
      );
      return { statements, groups: d.transferStats.length + d.recognitionStats.length, d };
    };
    // The actor comes in the batch that gave the group its key: asking for it costs no statement.
    expect((await run('key actor { name kind }')).statements).toBe((await run('key')).statements);
    const DEEP = 'key actor { name aliases parent { name } children { key } }';
    // On PostgreSQL, whose answers arrive asynchronously, the nested loads may take a round of
    // batches more or fewer from one run to the next: the fewest of three runs is compared.
    const fewest = async () => {
      const runs = [await run(DEEP), await run(DEEP), await run(DEEP)];
      return { ...runs[0], statements: Math.min(...runs.map((r) => r.statements)) };
    };
    const before = await fewest();
    for (const recipient of ['syria', 'united-states', 'luhansk-peoples-republic'])
      await addTransfers(t.server, 1, { supplier: 'iran', recipient, item: `stats ${recipient}` });
    const after = await fewest();
    expect(after.groups).toBeGreaterThan(before.groups);
    expect(after.statements).toBeLessThanOrEqual(before.statements);
    expect(after.d.transferStats.every((g: any) => typeof g.actor.name === 'string')).toBe(true);
    expect(after.d.transferStats.find((g: any) => g.key === 'syria').actor).toMatchObject({
      name: 'Syria',
      parent: null,
    });
  });
});
