import { ActorKind } from '../src/domain/actors/actor-kind.enum';
import { actorWriteService } from '../src/domain/actors/actor-write.service';
import type { CreateActorInput } from '../src/domain/actors/actor-write.inputs';
import { SourceKind } from '../src/domain/sources/source-kind.enum';
import { sourceWriteService } from '../src/domain/sources/source-write.service';
import { startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

async function refusal(input: CreateActorInput): Promise<unknown> {
  try {
    await actorWriteService.create(t.server.context(), input);
  } catch (e: any) {
    return e.extensions;
  }
  throw new Error('the write was accepted');
}

describe('keys, names and aliases are one namespace', () => {
  it.each<[string, CreateActorInput, object]>([
    [
      "a key that is another actor's alias",
      { key: 'dprk', name: 'Dprk Trading Co', kind: ActorKind.COMPANY },
      { code: 'CONFLICT', field: 'key' },
    ],
    ['a taken key', { key: 'iran', name: 'Iran Air', kind: ActorKind.COMPANY }, { code: 'CONFLICT', field: 'key' }],
    [
      "a name that is another actor's key",
      { key: 'nk-co', name: 'north korea', kind: ActorKind.COMPANY },
      { code: 'CONFLICT', field: 'name' },
    ],
    [
      "an alias that is another actor's alias, punctuated",
      { key: 'x-co', name: 'X Co', kind: ActorKind.COMPANY, aliases: ['D.P.R.'] },
      { code: 'CONFLICT', field: 'aliases[0]' },
    ],
    [
      "an alias that is another actor's key",
      { key: 'y-co', name: 'Y Co', kind: ActorKind.COMPANY, aliases: ['white-house'] },
      { code: 'CONFLICT', field: 'aliases[0]' },
    ],
    [
      'a malformed key',
      { key: 'Bad Key', name: 'Z Co', kind: ActorKind.COMPANY },
      { code: 'BAD_USER_INPUT', field: 'key' },
    ],
    [
      'an unknown parent',
      { key: 'z-co', name: 'Z Co', kind: ActorKind.COMPANY, parent: 'atlantis' },
      { code: 'BAD_USER_INPUT', field: 'parent' },
    ],
    [
      'a bad country code',
      { key: 'z-co', name: 'Z Co', kind: ActorKind.COMPANY, countryCode: 'ru' },
      { code: 'BAD_USER_INPUT', field: 'countryCode' },
    ],
  ])('refuses %s and writes nothing', async (_n, input, extensions) => {
    const before = await tableCounts(t.server);
    expect(await refusal(input)).toMatchObject(extensions);
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it('accepts an actor whose key is its own name', async () => {
    await actorWriteService.create(t.server.context(), {
      key: 'rosoboronexport',
      name: 'Rosoboronexport',
      kind: ActorKind.COMPANY,
      parent: 'russia',
    });
    const d = await t.data(`{ actor(name: "ROSOBORONEXPORT") { key parent { key } } }`);
    expect(d.actor).toEqual({ key: 'rosoboronexport', parent: { key: 'russia' } });
  });
});

describe('text filters fold case beyond ASCII on every database', () => {
  it('finds a publisher and a title written with other letters', async () => {
    await sourceWriteService.create(t.server.context(), {
      key: 'sz-2022-09-10',
      title: 'ÜBER DIE LIEFERUNGEN',
      publisher: 'Süddeutsche Zeitung',
      kind: SourceKind.NEWS_REPORT,
      publishedOn: '2022-09-10',
    });
    const d = await t.data(
      `{ a: sources(filter: { publisher: "SÜDDEUTSCHE ZEITUNG" }) { totalCount } b: sources(filter: { search: "über die" }) { totalCount } }`,
    );
    expect(d).toEqual({ a: { totalCount: 1 }, b: { totalCount: 1 } });
  });
});
