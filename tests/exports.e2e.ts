import { parse } from 'csv-parse/sync';
import { Role } from '../src/core/auth/role.enum';
import { CITATION_CSV_COLUMNS, TRANSFER_CSV_COLUMNS } from '../src/tools/exports/claim-records';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await fetch(`${t.url}/export/${path}`);
  return { res, body: await res.text() };
};
const csv = (body: string) =>
  parse(body, { columns: true, bom: false, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('CSV exports (RFC 4180, UTF-8, header row)', () => {
  it('transfers.csv holds every transfer with keys, names, quantities, verdicts and sources', async () => {
    const { res, body } = await get('transfers.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?supplyline-transfers.csv"?$/);
    expect(body.split('\r\n')[0]).toBe(TRANSFER_CSV_COLUMNS.join(','));
    const rows = csv(body);
    expect(rows).toHaveLength(7);
    expect(rows.find((r) => r.item === 'rockets and artillery shells')).toMatchObject({
      supplier_key: 'north-korea',
      supplier_name: 'North Korea',
      recipient_key: 'russian-ministry-of-defence',
      quantity_min: '1000000',
      quantity_max: '',
      quantity_text: 'millions',
      status: 'IN_PROGRESS',
      verdict: 'SINGLE_SOURCE',
      independent_voices: '1',
      grade: 'F2',
      retracted: 'false',
      source_keys: 'guardian-2022-09-06-north-korea-shells',
    });
  });

  it('takes the transfers filters as URL parameters', async () => {
    const rows = csv((await get('transfers.csv?recipient=russia&status=DELIVERED')).body);
    expect(rows.map((r) => r.designation).sort()).toEqual(['Mohajer-6', 'Shahed-series']);
    expect(csv((await get('transfers.csv?status=PLANNED,PROPOSED&supplier=DPRK')).body)).toHaveLength(3);
    expect(csv((await get('transfers.csv?from=2023')).body)).toHaveLength(0);
  });

  it.each([
    ['transfers.csv?status=RUMOURED', 'status'],
    ['transfers.csv?supplier=atlantis', 'filter.supplier'],
    ['transfers.csv?from=2022-13', 'from'],
    ['transfers.csv?colour=red', 'colour'],
    ['recognitions.csv?category=UAV', 'category'],
  ])('refuses %s naming %s', async (path, field) => {
    const { res, body } = await get(path);
    expect(res.status).toBe(400);
    expect(JSON.parse(body).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('an unknown export is 404', async () => {
    expect((await get('everything.xlsx')).res.status).toBe(404);
  });

  it('recognitions, actors, sources and citations', async () => {
    const recognitions = csv((await get('recognitions.csv?recognizer=north-korea')).body);
    expect(recognitions.map((r) => [r.recognized_key, r.date]).sort()).toEqual([
      ['donetsk-peoples-republic', '2022-07'],
      ['luhansk-peoples-republic', '2022-07'],
    ]);
    const actors = csv((await get('actors.csv')).body);
    expect(actors).toHaveLength(11);
    expect(actors.find((a) => a.key === 'russian-ministry-of-defence')).toMatchObject({
      parent_key: 'russia',
      kind: 'GOVERNMENT_BODY',
    });
    expect(
      actors
        .find((a) => a.key === 'north-korea')!
        .aliases.split(';')
        .sort(),
    ).toEqual(['DPRK', "Democratic People's Republic of Korea"]);
    const sources = csv((await get('sources.csv')).body);
    expect(sources.find((s) => s.key === 'guardian-2022-09-06-north-korea-shells')).toMatchObject({
      has_text: 'true',
      derived_from_keys: 'nyt-2022-09-05-russia-north-korea-munitions;white-house-2022-iranian-drones-statement',
    });
    const citationsBody = (await get('citations.csv')).body;
    expect(citationsBody.split('\r\n')[0]).toBe(CITATION_CSV_COLUMNS.join(','));
    const citations = csv(citationsBody);
    expect(citations).toHaveLength(17);
    expect(citations.find((c) => c.quote.startsWith('The Russian defence ministry'))).toMatchObject({
      chain: 'nyt-2022-09-05-russia-north-korea-munitions > us-intelligence-finding-2022-russia-north-korea-munitions',
      origin_key: 'us-intelligence-finding-2022-russia-north-korea-munitions',
      attributed_to_key: 'us-intelligence-community',
      verified: 'true',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, and keeps commas, quotes and newlines intact', async () => {
    const editor = await makeKey(t.server, 'csv-editor', Role.EDITOR);
    const res = await t.gqlAs(
      editor,
      `mutation { recordTransfer(input: { supplier: "syria", recipient: "iran", category: OTHER, status: PROPOSED,
      item: "=HYPERLINK(\\"http://x\\")", designation: "-2+3", context: "a, \\"quoted\\"\\nline",
      citations: [{ source: "nyt-2022-09-05-russia-north-korea-munitions", quote: "@SUM(A1)" }] }) { id } }`,
    );
    expect(res.errors).toBeUndefined();
    const [row] = csv((await get('transfers.csv?supplier=syria')).body);
    expect(row.item).toBe(`'=HYPERLINK("http://x")`);
    expect(row.designation).toBe(`'-2+3`);
    expect(row.context).toBe('a, "quoted"\nline');
    const [citation] = csv((await get('citations.csv?actor=syria')).body);
    expect(citation.quote).toBe(`'@SUM(A1)`);
  });
});

describe('JSON Lines', () => {
  it('one claim per line, with its evidence embedded', async () => {
    const { res, body } = await get('claims.jsonl?actor=north-korea');
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = body
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type).sort()).toEqual([
      'recognition',
      'recognition',
      'transfer',
      'transfer',
      'transfer',
      'transfer',
    ]);
    const shells = lines.find((l) => l.item === 'rockets and artillery shells');
    expect(shells.evidence).toEqual([
      expect.objectContaining({
        source_key: 'guardian-2022-09-06-north-korea-shells',
        chain: [
          'nyt-2022-09-05-russia-north-korea-munitions',
          'us-intelligence-finding-2022-russia-north-korea-munitions',
        ],
        attributed_to_key: 'us-intelligence-community',
        verified: true,
      }),
    ]);
  });
});
