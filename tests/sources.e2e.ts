import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const GUARDIAN = 'guardian-2022-09-06-north-korea-shells';
const WH = 'white-house-2022-iranian-drones-statement';

describe('sources', () => {
  it('by key, with every field', async () => {
    const d = await t.data(
      `{ source(key: "${WH}") { key title publisher url kind publishedOn reliability attributedTo { key } text } }`,
    );
    expect(d.source).toEqual({
      key: WH,
      title: 'White House statement on Iranian drones delivered to Russia',
      publisher: 'The White House',
      url: null,
      kind: 'GOVERNMENT_STATEMENT',
      publishedOn: '2022',
      reliability: 'F',
      attributedTo: { key: 'white-house' },
      text: null,
    });
  });

  it('by id, null for unknown, BAD_USER_INPUT without exactly one argument', async () => {
    const { source } = await t.data(`{ source(key: "${GUARDIAN}") { id } }`);
    expect((await t.data(`{ source(id: "${source.id}") { key } }`)).source.key).toBe(GUARDIAN);
    expect((await t.data(`{ source(key: "nope") { key } }`)).source).toBeNull();
    expect((await t.gql(`{ source { key } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists newest first, undated last, and filters', async () => {
    const all = await t.data(`{ sources { totalCount edges { node { key publishedOn } } } }`);
    expect(all.sources.edges.map((e: any) => e.node.publishedOn)).toEqual(['2022-09-06', '2022-09-05', '2022', null]);
    const oldest = await t.data(`{ sources(orderBy: OLDEST_FIRST) { edges { node { publishedOn } } } }`);
    expect(oldest.sources.edges.map((e: any) => e.node.publishedOn)).toEqual([
      null,
      '2022',
      '2022-09-05',
      '2022-09-06',
    ]);
    const news = await t.data(`{ sources(filter: { kind: NEWS_REPORT }) { totalCount } }`);
    expect(news.sources.totalCount).toBe(2);
    const byPublisher = await t.data(
      `{ sources(filter: { publisher: "the new york times" }) { edges { node { publishedOn } } } }`,
    );
    expect(byPublisher.sources.edges).toEqual([{ node: { publishedOn: '2022-09-05' } }]);
    const search = await t.data(`{ sources(filter: { search: "DRONES" }) { edges { node { key } } } }`);
    expect(search.sources.edges).toEqual([{ node: { key: WH } }]);
    const literal = await t.data(`{ sources(filter: { search: "100%_" }) { totalCount } }`);
    expect(literal.sources.totalCount).toBe(0);
    // "2022" covers the whole year, so the White House statement overlaps a range from 2022-09-06.
    const dated = await t.data(`{ sources(filter: { from: "2022-09-06" }) { edges { node { key } } } }`);
    expect(dated.sources.edges).toEqual([{ node: { key: GUARDIAN } }, { node: { key: WH } }]);
    const september = await t.data(
      `{ sources(filter: { from: "2022-09", to: "2022-09-05" }) { edges { node { key } } } }`,
    );
    expect(september.sources.edges.map((e: any) => e.node.key)).toEqual([
      'nyt-2022-09-05-russia-north-korea-munitions',
      WH,
    ]);
  });

  it('pages with no gaps or repeats', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    for (;;) {
      const d: any = await t.data(
        `query($after: String) { sources(first: 1, after: $after) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      keys.push(...d.sources.edges.map((e: any) => e.node.key));
      if (!d.sources.pageInfo.hasNextPage) break;
      after = d.sources.pageInfo.endCursor;
    }
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(4);
  });

  it('lists its citations, each with its claim', async () => {
    const d = await t.data(`{ source(key: "${GUARDIAN}") { citations { transfer { item } recognition { status } } } }`);
    const withTransfer = d.source.citations.filter((c: any) => c.transfer);
    const withRecognition = d.source.citations.filter((c: any) => c.recognition);
    expect(withTransfer).toHaveLength(11);
    expect(withRecognition).toHaveLength(6);
    expect(d.source.citations.every((c: any) => (c.transfer === null) !== (c.recognition === null))).toBe(true);
  });

  it('derivation computed from chains: the White House statement is an origin', async () => {
    const d = await t.data(
      `{ source(key: "${WH}") { derivedFrom { key } derivatives { key } origins { key } citations { id } } }`,
    );
    expect(d.source).toEqual({
      derivedFrom: [],
      derivatives: [{ key: GUARDIAN }],
      origins: [{ key: WH }],
      citations: [],
    });
  });
});
