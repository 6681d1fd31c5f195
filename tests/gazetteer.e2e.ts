import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { ensureGazetteer } from '../src/domain/gazetteer/gazetteer';
import { importFile } from '../src/tools/imports/run-import';
import { createTestDatabase } from './helpers/test-database';
import { WITH_GAZETTEER, dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The gazetteer: the world's states, loaded at start, with the names they go by, their former
 * states and who succeeded whom; the seed and SIPRI's parties joining it rather than duplicating it.
 */
const REGISTER = join(__dirname, 'fixtures', 'sipri-register-2025.csv');
const admin = (t: TestServer) => createContext(t.server.app, 'test', { name: 'admin', role: Role.ADMIN });
const keyOf = async (t: TestServer, name: string) =>
  (await t.data(`query($n: String!) { actor(name: $n) { key } }`, { n: name })).actor?.key ?? null;

describe('the gazetteer on a new database', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(WITH_GAZETTEER);
    await importFile(admin(t), REGISTER);
  });
  afterAll(() => t.close());

  it.each([
    ['Turkey', 'turkiye'],
    ['Türkiye', 'turkiye'],
    ['Ivory Coast', 'ivory-coast'],
    ["Côte d'Ivoire", 'ivory-coast'],
    ['Russian Federation', 'russia'],
    ['United States of America', 'united-states'],
    ['UK', 'united-kingdom'],
    ['DPRK', 'north-korea'],
    ['UAE', 'united-arab-emirates'],
    ['Iranian', 'iran'],
    ['North Korean', 'north-korea'],
    ['Moscow', 'russia'],
    ['Tehran', 'iran'],
    ['Pyongyang', 'north-korea'],
    ['USSR', 'soviet-union'],
    ['East Germany (GDR)', 'east-germany'],
    ['Yemen Arab Republic (North Yemen)', 'north-yemen'],
    ['Germany (FRG)', 'germany'],
    ['eSwatini', 'eswatini'],
    ['DR Congo', 'dr-congo'],
    ['Congolese', null],
  ])('%s is %s', async (name, key) => {
    expect(await keyOf(t, name)).toBe(key);
  });

  it('gives each state its ISO code, and former states their ISO 3166-3 code', async () => {
    const d = await t.data(
      `{ a: actor(key: "turkiye") { countryCode kind } b: actor(key: "soviet-union") { countryCode } }`,
    );
    expect(d).toEqual({ a: { countryCode: 'TUR', kind: 'STATE' }, b: { countryCode: 'SUN' } });
  });

  it('knows who succeeded whom', async () => {
    const d = await t.data(`{ russia: actor(key: "russia") { predecessors { key } }
      ussr: actor(key: "soviet-union") { successors { key } } yemen: actor(key: "yemen") { predecessors { key } } }`);
    expect(d.russia.predecessors).toEqual([{ key: 'soviet-union' }]);
    expect(d.ussr.successors).toHaveLength(15);
    expect(d.ussr.successors).toContainEqual({ key: 'ukraine' });
    expect(d.yemen.predecessors).toEqual([{ key: 'north-yemen' }, { key: 'south-yemen' }]);
  });

  it('lets Russia include the Soviet Union when asked: filters, stats, supply relations and claim lists', async () => {
    const count = async (extra: string) =>
      (await t.data(`{ transfers(filter: { supplier: "Russia", recipient: "India" ${extra} }) { totalCount } }`))
        .transfers.totalCount;
    expect(await count('')).toBe(1);
    expect(await count(', includePredecessors: true')).toBe(3);
    const stats = await t.data(`{ transferStats(groupBy: CATEGORY, filter: { supplier: "Russia", recipient: "India",
      includePredecessors: true }) { key count tivOrder } }`);
    expect(stats.transferStats).toEqual([
      { key: 'ARMOURED_VEHICLES', count: 2, tivOrder: 540 },
      { key: 'MISSILES_AND_ROCKETS', count: 1, tivOrder: 3 },
    ]);
    const russia = await t.data(`{ actor(key: "russia") {
      plain: recipients { recipient { key } transferCount }
      all: recipients(includePredecessors: true) { recipient { key } transferCount }
      supplies: suppliesTo(includePredecessors: true) { designation } } }`);
    expect(russia.actor.plain).not.toContainEqual(expect.objectContaining({ recipient: { key: 'east-germany' } }));
    expect(russia.actor.all).toContainEqual({ recipient: { key: 'east-germany' }, transferCount: 1 });
    expect(russia.actor.supplies.map((s: { designation: string }) => s.designation)).toContain('T-72M');
  });

  it("parses SIPRI's non-state parties: the group, the state it is based in, SIPRI's spelling as an alias", async () => {
    const d = await t.data(`{ h: actor(name: "Hezbollah (Lebanon)") { key name kind countryCode aliases }
      y: actor(name: "Houthi rebels (Yemen)") { name countryCode } u: actor(name: "Ukraine Rebels") { name countryCode } }`);
    expect(d.h).toEqual({
      key: 'hezbollah',
      name: 'Hezbollah',
      kind: 'ARMED_GROUP',
      countryCode: 'LBN',
      aliases: ['Hezbollah (Lebanon)'],
    });
    expect(d.y).toEqual({ name: 'Houthi rebels', countryCode: 'YEM' });
    expect(d.u).toEqual({ name: 'Ukraine Rebels', countryCode: null });
  });

  it("the seed joined it: one Russia, with the seed's names and its claims", async () => {
    const d = await t.data(`{ actors(first: 5, filter: { search: "russia" }) { edges { node { key } } }
      actor(key: "north-korea") { countryCode aliases suppliesTo { designation } } }`);
    expect(
      d.actors.edges.map((e: { node: { key: string } }) => e.node.key).filter((k: string) => /^russia(-\d+)?$/.test(k)),
    ).toEqual(['russia']);
    expect(d.actor.countryCode).toBe('PRK');
    expect(d.actor.aliases).toContain('DPRK');
    expect(d.actor.suppliesTo.length).toBeGreaterThan(0);
  });

  it('loads once: a restart, or loading again, changes nothing', async () => {
    const before = await dumpDatabase(t.server);
    expect(await ensureGazetteer(admin(t))).toMatchObject({ loaded: false });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('the gazetteer on a database that predates it', () => {
  it('completes the actors there, keeps what was written to them, and leaves names others hold', async () => {
    const db = await createTestDatabase();
    const old = await startTestServer({ SUPPLYLINE_GAZETTEER: 'false' }, {}, db);
    const editor = await makeKey(old.server, 'editor', Role.EDITOR);
    const create = async (input: Record<string, unknown>) =>
      expect(
        (await old.gqlAs(editor, `mutation($i: CreateActorInput!) { createActor(input: $i) { key } }`, { i: input }))
          .errors,
      ).toBeUndefined();
    await create({ key: 'soviet-union', name: 'Soviet Union', kind: 'STATE', description: 'Written by an editor.' });
    await create({ key: 'persia-front', name: 'Persia Front', kind: 'ARMED_GROUP', aliases: ['Persia'] });
    expect((await old.data(`{ actor(key: "russia") { countryCode aliases } }`)).actor.countryCode).toBe('RUS');
    await old.close();
    const t = await startTestServer(WITH_GAZETTEER, {}, db);
    try {
      const d = await t.data(`{ ussr: actor(key: "soviet-union") { description countryCode aliases successors { key } }
        persia: actor(name: "Persia") { key } russia: actor(name: "Moscow") { key countryCode }
        all: actors(first: 500) { totalCount } }`);
      expect(d.ussr).toMatchObject({ description: 'Written by an editor.', countryCode: 'SUN' });
      expect(d.ussr.aliases).toContain('USSR');
      expect(d.ussr.successors).toHaveLength(15);
      expect(d.persia.key).toBe('persia-front');
      expect(d.russia).toEqual({ key: 'russia', countryCode: 'RUS' });
      const keys = await t.data(`{ actors(first: 500) { edges { node { key } } } }`);
      const all = keys.actors.edges.map((e: { node: { key: string } }) => e.node.key);
      expect(all.filter((k: string) => /^(russia|soviet-union|iran)(-\d+)?$/.test(k)).sort()).toEqual([
        'iran',
        'russia',
        'soviet-union',
      ]);
    } finally {
      await t.close();
      await db.drop();
    }
  });
});
