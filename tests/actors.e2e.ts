import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('actor lookup', () => {
  it.each([
    ['key', 'key: "north-korea"', 'north-korea'],
    ['display name', 'name: "North Korea"', 'north-korea'],
    ['alias', 'name: "DPRK"', 'north-korea'],
    ['alias in another case with punctuation', 'name: "d.p.r.k."', 'north-korea'],
    ['long alias', `name: "democratic peoples republic of korea"`, 'north-korea'],
    ['curly apostrophe', 'name: "Donetsk People’s Republic"', 'donetsk-peoples-republic'],
    ['Russian-derived alias', 'name: "DNR"', 'donetsk-peoples-republic'],
    ['LNR', 'name: "L.N.R."', 'luhansk-peoples-republic'],
    ['transliteration', 'name: "Lugansk People\'s Republic"', 'luhansk-peoples-republic'],
    ['accents folded', 'name: "Syrïa"', 'syria'],
    ['key typed as a name', 'name: "north-korea"', 'north-korea'],
  ])('by %s', async (_n, args, key) => {
    const d = await t.data(`{ actor(${args}) { key } }`);
    expect(d.actor).toEqual({ key });
  });

  it('by id, and null when nothing matches', async () => {
    const { actor } = await t.data(`{ actor(key: "iran") { id } }`);
    expect((await t.data(`{ actor(id: "${actor.id}") { key } }`)).actor).toEqual({ key: 'iran' });
    expect((await t.data(`{ actor(name: "Atlantis") { key } }`)).actor).toBeNull();
    expect((await t.data(`{ actor(key: "Iran") { key } }`)).actor).toBeNull();
  });

  it.each([
    ['none', ''],
    ['two', 'key: "iran", name: "Iran"'],
  ])('with %s of id, key and name is BAD_USER_INPUT', async (_n, args) => {
    const res = await t.gql(`{ actor${args ? `(${args})` : ''} { key } }`);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exposes every field of the domain model', async () => {
    const d = await t.data(`{ actor(key: "russian-ministry-of-defence") {
      key name kind countryCode description aliases parent { key countryCode } children { key } } }`);
    expect(d.actor).toEqual({
      key: 'russian-ministry-of-defence',
      name: 'Russian Ministry of Defence',
      kind: 'GOVERNMENT_BODY',
      countryCode: null,
      description: null,
      aliases: [
        'Ministry of Defence of the Russian Federation',
        'Russian defence ministry',
        'Russian Ministry of Defense',
        'Russian MoD',
      ],
      parent: { key: 'russia', countryCode: 'RUS' },
      children: [],
    });
    const us = await t.data(`{ actor(key: "united-states") { children { key } } }`);
    expect(us.actor.children).toEqual([{ key: 'us-intelligence-community' }, { key: 'white-house' }]);
  });
});

describe('actors list', () => {
  it('filters by kind and by search over names and aliases', async () => {
    const states = await t.data(`{ actors(filter: { kind: STATE }) { totalCount edges { node { key } } } }`);
    expect(states.actors.edges.map((e: any) => e.node.key)).toEqual([
      'iran',
      'north-korea',
      'russia',
      'syria',
      'ukraine',
      'united-states',
    ]);
    const republics = await t.data(`{ actors(filter: { kind: [SELF_PROCLAIMED_STATE] }) { totalCount } }`);
    expect(republics.actors.totalCount).toBe(2);
    const search = await t.data(`{ actors(filter: { search: "people's" }) { edges { node { key } } } }`);
    expect(search.actors.edges.map((e: any) => e.node.key)).toEqual([
      'donetsk-peoples-republic',
      'luhansk-peoples-republic',
      'north-korea',
    ]);
    const none = await t.gql(`{ actors(filter: { search: "%%" }) { totalCount } }`);
    expect(none.errors?.[0].extensions?.field).toBe('filter.search');
  });

  it('pages by key with no gaps or repeats', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const d: any = await t.data(
        `query($after: String) { actors(first: 3, after: $after) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      keys.push(...d.actors.edges.map((e: any) => e.node.key));
      if (!d.actors.pageInfo.hasNextPage) break;
      after = d.actors.pageInfo.endCursor;
    }
    expect(keys).toHaveLength(11);
    expect([...keys].sort()).toEqual(keys);
  });
});

describe('actor relations roll up over the hierarchy', () => {
  it('suppliesTo and receivesFrom', async () => {
    const d = await t.data(`{
      nk: actor(key: "north-korea") { suppliesTo { item recipient { key } } }
      ru: actor(key: "russia") { receivesFrom { item } exact: receivesFrom(exactActor: true) { item } }
      mod: actor(key: "russian-ministry-of-defence") { receivesFrom { supplier { key } } }
    }`);
    expect(d.nk.suppliesTo.map((x: any) => x.recipient.key).sort()).toEqual([
      'donetsk-peoples-republic',
      'luhansk-peoples-republic',
      'russia',
      'russian-ministry-of-defence',
    ]);
    expect(d.ru.receivesFrom).toHaveLength(5);
    expect(d.ru.exact.map((x: any) => x.item)).not.toContain('rockets and artillery shells');
    expect(d.ru.exact).toHaveLength(4);
    expect(d.mod.receivesFrom).toEqual([{ supplier: { key: 'north-korea' } }]);
  });

  it('suppliers and recipients aggregate per counterpart', async () => {
    const d = await t.data(`{
      nk: actor(key: "north-korea") { recipients { recipient { key } supplier { key } transferCount categories } }
      ru: actor(key: "russia") { exact: suppliers(exactActor: true) { supplier { key } categories } }
    }`);
    const byRecipient = Object.fromEntries(d.nk.recipients.map((r: any) => [r.recipient.key, r]));
    expect(Object.keys(byRecipient).sort()).toEqual([
      'donetsk-peoples-republic',
      'luhansk-peoples-republic',
      'russia',
      'russian-ministry-of-defence',
    ]);
    expect(byRecipient.russia).toMatchObject({
      supplier: { key: 'north-korea' },
      transferCount: 1,
      categories: ['OTHER_MATERIEL'],
    });
    const nkToRussiaExact = d.ru.exact.find((s: any) => s.supplier.key === 'north-korea');
    expect(nkToRussiaExact.categories).toEqual(['OTHER_MATERIEL']);
  });

  it('recognizes and recognizedBy', async () => {
    const d = await t.data(`{
      nk: actor(key: "north-korea") { recognizes { recognized { key } date } }
      lpr: actor(name: "LPR") { recognizedBy { recognizer { key } } }
      ru: actor(key: "russia") { recognizes { recognized { key } } }
      mod: actor(key: "russian-ministry-of-defence") { recognizes { id } }
    }`);
    expect(d.nk.recognizes.map((r: any) => [r.recognized.key, r.date]).sort()).toEqual([
      ['donetsk-peoples-republic', '2022-07'],
      ['luhansk-peoples-republic', '2022-07'],
    ]);
    expect(d.lpr.recognizedBy.map((r: any) => r.recognizer.key).sort()).toEqual(['north-korea', 'russia', 'syria']);
    expect(d.ru.recognizes).toHaveLength(2);
    expect(d.mod.recognizes).toEqual([]);
  });

  it('limits per-actor lists with first', async () => {
    const d = await t.data(`{ actor(key: "north-korea") { suppliesTo(first: 2) { id } } }`);
    expect(d.actor.suppliesTo).toHaveLength(2);
    const bad = await t.gql(`{ actor(key: "north-korea") { suppliesTo(first: -1) { id } } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
