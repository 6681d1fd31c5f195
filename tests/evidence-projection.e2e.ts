import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * A claim's evidence reads only the citation columns its fields need, and joins the plain fields
 * of each citation's source into the same statement (src/domain/claims/evidence-projection.ts).
 * Every Citation field, and every Source field under `source`, asked alone or together, must give
 * what the full read gives: the citations a source lists (`Source.citations`, the full read of
 * citations and of their sources) are the reference.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SUB: Record<string, string> = {
  attributedTo: '{ key }',
  chain: '{ key }',
  origin: '{ key }',
  source: '{ key }',
  transfer: '{ id }',
  recognition: '{ id }',
  derivedFrom: '{ key }',
  derivatives: '{ key }',
  origins: '{ key }',
  circularReporting: '{ key }',
  citations: '{ id }',
  history: '{ operation }',
  suspectedEchoes: '{ source { key } }',
  attributedToSource: '{ key }',
};

async function fieldsOf(type: string): Promise<{ name: string; required: boolean }[]> {
  const { __type } = await t.data(`{ __type(name: "${type}") { fields { name args { type { kind } } } } }`);
  return __type.fields.map((f: { name: string; args: { type: { kind: string } }[] }) => ({
    name: f.name,
    required: f.args.some((a) => a.type.kind === 'NON_NULL'),
  }));
}
const selection = (f: string) => `${f} ${SUB[f] ?? ''}`;

/** Every citation of the knowledge base, by id, read through the sources that it quotes. */
async function reference(citationFields: string, sourceFields: string): Promise<Map<string, any>> {
  const { sources } = await t.data(
    `{ sources(first: 100) { edges { node { citations { id ${citationFields} source { ${sourceFields} } } } } } }`,
  );
  const byId = new Map<string, any>();
  for (const e of sources.edges) for (const c of e.node.citations) byId.set(c.id, c);
  return byId;
}

describe.each([
  ['transfers', 'Transfer'],
  ['recognitions', 'Recognition'],
])('the evidence of a page of %s', (list) => {
  const page = (evidence: string) =>
    t.data(
      `{ ${list}(first: 100, filter: { includeRetracted: true }) { edges { node { id evidence { id ${evidence} } } } } }`,
    );

  it('answers every citation field alone as the full read does', async () => {
    const fields = (await fieldsOf('Citation')).filter((f) => !f.required).map((f) => f.name);
    const ref = await reference(fields.map(selection).join(' '), 'key');
    let compared = 0;
    for (const f of fields) {
      const { [list]: got } = await page(selection(f));
      for (const e of got.edges)
        for (const c of e.node.evidence) {
          expect({ field: f, value: c[f] }).toEqual({ field: f, value: ref.get(c.id)[f] });
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(fields.length * 5);
  });

  it("answers every field of a citation's source, alone and all together, as the full read does", async () => {
    const fields = (await fieldsOf('Source')).filter((f) => !f.required).map((f) => f.name);
    const ref = await reference('quote', fields.map(selection).join(' '));
    const plain = ['id', 'key', 'title', 'publisher', 'url', 'kind', 'publishedOn', 'reliability'];
    for (const asked of [...fields.map((f) => [f]), plain, fields]) {
      const { [list]: got } = await page(`quote source { ${asked.map(selection).join(' ')} }`);
      expect(got.edges.some((e: any) => e.node.evidence.length > 0)).toBe(true);
      for (const e of got.edges)
        for (const c of e.node.evidence) {
          const want = Object.fromEntries(asked.map((f) => [f, ref.get(c.id).source[f]]));
          expect({ asked, quote: c.quote, source: c.source }).toEqual({
            asked,
            quote: ref.get(c.id).quote,
            source: want,
          });
        }
    }
  });

  it('answers a citation asked for its type alone, and a field merged from a fragment asked alone elsewhere', async () => {
    const ref = await reference('quote locator', 'title');
    const { [list]: got, byId } = await t.data(
      `{ ${list}(first: 100) { edges { node { a: evidence { __typename } ...E } } }
         byId: ${list}(first: 100) { edges { node { ...E evidence { locator } } } } }
       fragment E on ${list === 'transfers' ? 'Transfer' : 'Recognition'} { evidence { id quote } }`,
    );
    let seen = 0;
    for (const [i, e] of got.edges.entries()) {
      expect(e.node.a.every((c: any) => c.__typename === 'Citation')).toBe(true);
      for (const [j, c] of got.edges[i].node.evidence.entries()) {
        expect(c).toEqual({ id: c.id, quote: ref.get(c.id).quote });
        const merged = byId.edges[i].node.evidence[j];
        expect(merged).toEqual({ id: c.id, quote: ref.get(c.id).quote, locator: ref.get(c.id).locator });
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(3);
  });

  it('keeps two differently shaped evidence selections of one request apart', async () => {
    const ref = await reference('quote', 'key title text');
    const { [list]: got } = await t.data(
      `{ ${list}(first: 100) { edges { node { a: evidence { id source { id } } b: evidence { id source { title text } }
         c: evidence { id origin { key } } d: evidence { id source { key } } } } } }`,
    );
    let seen = 0;
    for (const e of got.edges)
      for (const [i, c] of e.node.b.entries()) {
        const r = ref.get(c.id);
        expect(c.source).toEqual({ title: r.source.title, text: r.source.text });
        expect(e.node.a[i].source.id).toEqual(expect.any(String));
        expect(e.node.d[i].source).toEqual({ key: r.source.key });
        expect(e.node.c[i].origin.key).toEqual(expect.any(String));
        seen++;
      }
    expect(seen).toBeGreaterThan(3);
  });

  it('reads fields asked through fragments, inline fragments and aliases', async () => {
    const ref = await reference('stance', 'title url');
    const { [list]: got } = await t.data(
      `{ ${list}(first: 100) { edges { node { evidence { id ...C ... on Citation { s: source { ...S } } } } } } }
       fragment C on Citation { st: stance }
       fragment S on Source { t: title ... on Source { u: url } }`,
    );
    let seen = 0;
    for (const e of got.edges)
      for (const c of e.node.evidence) {
        const r = ref.get(c.id);
        expect({ st: c.st, s: c.s }).toEqual({ st: r.stance, s: { t: r.source.title, u: r.source.url } });
        seen++;
      }
    expect(seen).toBeGreaterThan(3);
  });
});
