import { Readable } from 'node:stream';
import { Role } from '../src/core/auth/role.enum';
import { lightlyEdited } from '../src/tools/bench/echo-variants';
import { csvRows } from '../src/tools/imports/csv-rows';
import { ATLAS, KIRBY, LEDGER, WIRE, echoWriter, edited, fixture } from './helpers/echo-fixtures';
import { createTestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The independence auditor beyond resembling texts: a quote found verbatim in an earlier source,
 * circular reporting, the echo report, and sources written before it existed (or with it off).
 */
let t: TestServer;
let editor: string;
const { actors, edit, source, transfer } = echoWriter(
  () => t,
  () => editor,
);

beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
  await actors();
  await source('wire', 'Meridian Press', '2022-10-20', WIRE);
  await source('daily-x', 'The Daily X', '2022-10-21', edited(7));
  await source('z-post', 'The Z Post', '2022-10-22', edited(9));
  await source('ledger', 'The Northern Ledger', '2022-10-20', LEDGER);
  await source('atlas', 'Atlas Broadcasting', '2022-10-20', ATLAS);
  await transfer('drones', [
    { source: 'wire', quote: KIRBY },
    { source: 'z-post', quote: KIRBY },
  ]);
  await edit(`mutation { dismissEcho(a: "daily-x", b: "wire", reason: "own reporting") { status } }`);
  await edit(`mutation { confirmEcho(copy: "z-post", original: "wire") { status } }`);
});
afterAll(() => t.close());

describe('quotes found verbatim, and circular reporting', () => {
  it('a quoted passage that occurs verbatim in an earlier source makes the citing source its suspected echo', async () => {
    const passage = ATLAS.split('\n\n')[3];
    await source(
      'blog',
      'A Blog',
      '2022-11-02',
      `Our own view of the war, written for this blog and nowhere else. ${passage} We add nothing more.`,
    );
    await transfer('drones, lifted passage', [{ source: 'blog', quote: passage }]);
    const d = await t.data(`{ source(key: "blog") { suspectedEchoes { source { key } basis sharedPassage } } }`);
    expect(d.source.suspectedEchoes).toEqual([{ source: { key: 'atlas' }, basis: 'QUOTE', sharedPassage: passage }]);
  });

  it('finds the quote the other way round: the earlier source whose text is stored after the citation', async () => {
    const passage =
      'Officials in Kyiv said the wreckage recovered near Bila Tserkva carried serial plates stamped in Farsi and dated this spring.';
    await source('late-blog', 'Late Blog', '2022-11-05', `Our readers asked about the drones. ${passage} More soon.`);
    await transfer('drones, quoted before the original was stored', [{ source: 'late-blog', quote: passage }]);
    let d = await t.data(`{ source(key: "late-blog") { suspectedEchoes { source { key } } } }`);
    expect(d.source.suspectedEchoes).toEqual([]);
    await source(
      'wire-original',
      'Wire',
      '2022-11-01',
      `${fixture('16-cyber-sanctions-eastbridge.txt')}\n\n${passage}`,
    );
    d = await t.data(`{ source(key: "late-blog") { suspectedEchoes { source { key } basis sharedPassage } } }`);
    expect(d.source.suspectedEchoes).toEqual([
      { source: { key: 'wire-original' }, basis: 'QUOTE', sharedPassage: passage },
    ]);
  });

  it('finds a report that cites a later report which echoes it back', async () => {
    const early = fixture('13-iran-missiles-cns.txt');
    await source('first-report', 'Early Wire', '2022-09-01', early);
    await source('later-copy', 'Late Paper', '2022-09-09', lightlyEdited(early, 0.03, 2));
    await transfer('missiles, circular', [
      { source: 'first-report', quote: early.split('\n\n')[1].split(',')[0], chain: ['later-copy'] },
    ]);
    const d = await t.data(
      `{ source(key: "first-report") { circularReporting { key } } ledger: source(key: "ledger") { circularReporting { key } } }`,
    );
    expect(d.source.circularReporting).toEqual([{ key: 'later-copy' }]);
    expect(d.ledger.circularReporting).toEqual([]);
  });
});

describe('writes at the same moment', () => {
  it('two copies written at once still find each other (source writes take turns)', async () => {
    const story = fixture('05-nk-munitions-courier.txt');
    await Promise.all(
      [1, 2, 3].map((i) => source(`simultaneous-${i}`, `Outlet ${i}`, '2023-10-14', lightlyEdited(story, 0.03, i))),
    );
    const d = await t.data(`{ source(key: "simultaneous-3") { suspectedEchoes { source { key } } } }`);
    expect(d.source.suspectedEchoes.map((e: any) => e.source.key).sort()).toEqual(['simultaneous-1', 'simultaneous-2']);
  });
});

describe('the echo report', () => {
  it('lists every pair by echo group, marks circular reporting, and keeps the decisions', async () => {
    const res = await fetch(`${t.url}/export/echoes.csv`);
    expect(res.status).toBe(200);
    const records: string[][] = [];
    for await (const r of csvRows(Readable.from((await res.text()).trimEnd().split('\r\n')))) records.push(r.cells);
    const [columns, ...rows] = records;
    expect(columns.slice(0, 3)).toEqual(['group_key', 'copy_key', 'copy_publisher']);
    const col = (row: string[], name: string) => row[columns.indexOf(name)];
    const pair = (copy: string, original: string) =>
      rows.find((r) => col(r, 'copy_key') === copy && col(r, 'original_key') === original)!;
    expect(col(pair('later-copy', 'first-report'), 'circular')).toBe('true');
    expect(col(pair('later-copy', 'first-report'), 'group_key')).toBe('first-report');
    expect(col(pair('z-post', 'wire'), 'status')).toBe('CONFIRMED');
    expect(col(pair('z-post', 'wire'), 'circular')).toBe('false');
    expect(col(pair('daily-x', 'wire'), 'status')).toBe('DISMISSED');
    expect(col(pair('blog', 'atlas'), 'basis')).toBe('QUOTE');
  });
});

describe('sources written without the auditor', () => {
  it('are audited at the next start with it on, as one write', async () => {
    const db = await createTestDatabase();
    try {
      let s = await startTestServer({ SUPPLYLINE_ECHO_AUDIT: 'false' }, {}, db);
      const key = await makeKey(s.server, 'editor', Role.EDITOR);
      for (const [k, text] of [
        ['old-wire', WIRE],
        ['old-copy', edited(11)],
      ])
        await s.dataAs(key, `mutation($input: CreateSourceInput!) { createSource(input: $input) { key } }`, {
          input: {
            key: k,
            title: k,
            publisher: k,
            kind: 'NEWS_REPORT',
            publishedOn: k === 'old-wire' ? '2022-10-20' : '2022-10-21',
            text,
          },
        });
      expect(
        (await s.data(`{ source(key: "old-copy") { textSha256 suspectedEchoes { source { key } } } }`)).source,
      ).toEqual({
        textSha256: null,
        suspectedEchoes: [],
      });
      for (const k of ['echoland', 'copyland'])
        await s.dataAs(key, `mutation { createActor(input: { key: "${k}", name: "${k}", kind: STATE }) { key } }`);
      await s.dataAs(key, `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }`, {
        input: {
          supplier: 'echoland',
          recipient: 'copyland',
          category: 'UAV',
          item: 'drones',
          status: 'DELIVERED',
          citations: [{ source: 'old-copy', quote: KIRBY }],
        },
      });
      const quotes = `SELECT COUNT(*) AS n FROM citation_quote_start q JOIN citation c ON c.id = q.citation_id
        JOIN source s ON s.id = c.source_id WHERE s.key = 'old-copy'`;
      expect(Number((await s.server.dataSource.query(quotes))[0].n)).toBe(0);
      await s.close();
      s = await startTestServer({}, {}, db);
      const d = await s.data(`{ source(key: "old-copy") { textSha256 suspectedEchoes { source { key } } } }`);
      expect(d.source.suspectedEchoes).toEqual([{ source: { key: 'old-wire' } }]);
      expect(d.source.textSha256).toMatch(/^[0-9a-f]{64}$/);
      const [entry] = await s.server.dataSource.query(
        `SELECT principal, operation FROM history_entry WHERE entity_type = 'knowledge_base' AND operation = 'auditEchoes'`,
      );
      expect(entry).toEqual({ principal: 'echo-auditor', operation: 'auditEchoes' });
      // The quotes written meanwhile are indexed, for texts written from now on.
      expect(Number((await s.server.dataSource.query(quotes))[0].n)).toBe(1);
      await s.close();
    } finally {
      await db.drop();
    }
  });
});
