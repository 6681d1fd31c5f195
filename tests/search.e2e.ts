import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'search-editor', Role.EDITOR);
});
afterAll(() => t.close());

const HITS = `kind score snippet actor { key } source { key } transfer { id designation item } recognition { id }`;
const search = async (args: string) => (await t.data(`{ search(${args}) { ${HITS} } }`)).search;

describe('search', () => {
  it('"Shahed" finds the drone transfer, with the match marked in a snippet', async () => {
    const hits = await search('text: "Shahed"');
    const transfer = hits.find((h: any) => h.kind === 'TRANSFER' && h.transfer.designation === 'Shahed-series');
    expect(transfer).toBeDefined();
    expect(transfer.snippet.toLowerCase()).toContain('[shahed');
    expect(
      hits.some((h: any) => h.kind === 'SOURCE' && h.source.key === 'guardian-2022-09-06-north-korea-shells'),
    ).toBe(true);
  });

  it('matches prefixes, ignores accents and case, and needs every word', async () => {
    expect((await search('text: "Shah"')).some((h: any) => h.transfer?.designation === 'Shahed-series')).toBe(true);
    expect((await search('text: "SYRÏA", kinds: [ACTOR]')).map((h: any) => h.actor.key)).toEqual(['syria']);
    expect((await search('text: "dprk", kinds: [ACTOR]')).map((h: any) => h.actor.key)).toEqual(['north-korea']);
    expect(await search('text: "shahed zebra"')).toEqual([]);
  });

  it('filters by kind and ranks', async () => {
    const hits = await search('text: "rockets shells", kinds: [TRANSFER], first: 5');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: any) => h.kind === 'TRANSFER')).toBe(true);
    expect(hits[0].transfer.item).toBe('rockets and artillery shells');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score >= hits[i].score).toBe(true);
  });

  it('follows every write: a new actor is found at once, a retracted claim no more', async () => {
    await t.gqlAs(
      editor,
      `mutation { createActor(input: { key: "zyxel-arms", name: "Zyxel Arms", kind: COMPANY, aliases: ["Zyxél"] }) { key } }`,
    );
    expect((await search('text: "zyx"')).map((h: any) => h.actor?.key)).toEqual(['zyxel-arms']);
    const [hit] = await search('text: "Mohajer", kinds: [TRANSFER]');
    await t.gqlAs(editor, `mutation { retractClaim(id: "${hit.transfer.id}", reason: "search test") { __typename } }`);
    expect((await search('text: "Mohajer", kinds: [TRANSFER]')).map((h: any) => h.transfer.id)).not.toContain(
      hit.transfer.id,
    );
  });

  it('treats query syntax as plain words', async () => {
    for (const text of ['"quoted" OR NOT', 'a* & b | !c', "it's (north) korea:*"]) {
      const res = await t.gql(`query($q: String!) { search(text: $q) { kind } }`, { q: text });
      expect(res.errors).toBeUndefined();
    }
  });

  it.each([
    ['nothing to search', 'text: "  %% "', 'text'],
    ['first: 0', 'text: "x", first: 0', 'first'],
    ['first too large', 'text: "x", first: 1000', 'first'],
  ])('refuses %s', async (_n, args, field) => {
    const res = await t.gql(`{ search(${args}) { kind } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
