import { Role } from '../src/core/auth/role.enum';
import { RECORD, NEW_TRANSFER } from './helpers/record-transfer';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
let editor: string;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
  admin = await makeKey(t.server, 'admin', Role.ADMIN);
});
afterAll(() => t.close());

describe('refused writes: a clear code, the field at fault, and the database byte-for-byte unchanged', () => {
  const bad = (change: Record<string, unknown>) => ({ ...NEW_TRANSFER, ...change });
  it.each<[string, string, Record<string, unknown> | undefined, string, string]>([
    ['unknown supplier', RECORD, { input: bad({ supplier: 'atlantis' }) }, 'BAD_USER_INPUT', 'supplier'],
    [
      'supplier equal to recipient',
      RECORD,
      { input: bad({ supplier: 'russia', recipient: 'Russian Federation' }) },
      'BAD_USER_INPUT',
      'recipient',
    ],
    [
      'unknown source',
      RECORD,
      { input: bad({ citations: [{ source: 'nowhere', quote: 'x' }] }) },
      'BAD_USER_INPUT',
      'citations[0].source',
    ],
    [
      'quantity min above max',
      RECORD,
      { input: bad({ quantity: { min: 10, max: 5 } }) },
      'BAD_USER_INPUT',
      'quantity.max',
    ],
    ['negative quantity', RECORD, { input: bad({ quantity: { min: -5 } }) }, 'BAD_USER_INPUT', 'quantity.min'],
    [
      'reversed period',
      RECORD,
      { input: bad({ period: { start: '2023', end: '2022' } }) },
      'BAD_USER_INPUT',
      'period.end',
    ],
    [
      'quote not in the source',
      RECORD,
      { input: bad({ citations: [{ source: 'guardian-2022-09-06-north-korea-shells', quote: 'Iran sold tanks' }] }) },
      'BAD_USER_INPUT',
      'citations[0].quote',
    ],
    [
      'chain repeating a source',
      RECORD,
      {
        input: bad({
          citations: [
            {
              source: 'nyt-2022-09-05-russia-north-korea-munitions',
              quote: 'x',
              chain: ['white-house-2022-iranian-drones-statement', 'white-house-2022-iranian-drones-statement'],
            },
          ],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].chain[1]',
    ],
    [
      'chain containing the citing source',
      RECORD,
      {
        input: bad({
          citations: [
            {
              source: 'nyt-2022-09-05-russia-north-korea-munitions',
              quote: 'x',
              chain: ['nyt-2022-09-05-russia-north-korea-munitions'],
            },
          ],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].chain[0]',
    ],
    [
      'no SUPPORTS citation',
      RECORD,
      {
        input: bad({
          citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x', stance: 'DISPUTES' }],
        }),
      },
      'BAD_USER_INPUT',
      'citations',
    ],
    ['an over-long item', RECORD, { input: bad({ item: 'x'.repeat(301) }) }, 'BAD_USER_INPUT', 'item'],
    ['an empty item', RECORD, { input: bad({ item: '  ' }) }, 'BAD_USER_INPUT', 'item'],
    [
      'an over-long quote',
      RECORD,
      {
        input: bad({ citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x'.repeat(5001) }] }),
      },
      'BAD_USER_INPUT',
      'citations[0].quote',
    ],
    [
      'credibility out of range',
      RECORD,
      {
        input: bad({
          citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'x', credibility: 9 }],
        }),
      },
      'BAD_USER_INPUT',
      'citations[0].credibility',
    ],
    [
      'an alias used by another actor',
      `mutation { addActorAlias(actor: "iran", alias: "D.P.R.K.") { key } }`,
      undefined,
      'CONFLICT',
      'alias',
    ],
    [
      'a taken actor key',
      `mutation { createActor(input: { key: "iran", name: "Iran 2", kind: STATE }) { key } }`,
      undefined,
      'CONFLICT',
      'key',
    ],
    [
      'a malformed actor key',
      `mutation { createActor(input: { key: "Not A Slug", name: "X", kind: STATE }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'key',
    ],
    [
      'an unknown actor to update',
      `mutation { updateActor(input: { actor: "atlantis", name: "X" }) { key } }`,
      undefined,
      'NOT_FOUND',
      'actor',
    ],
    [
      'a parent below the actor',
      `mutation { updateActor(input: { actor: "russia", parent: "russian-ministry-of-defence" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'parent',
    ],
    [
      "removing an actor's name as an alias",
      `mutation { removeActorAlias(actor: "iran", alias: "Iran") { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'alias',
    ],
    [
      'an unknown claim to retract',
      `mutation { retractClaim(id: "nope", reason: "x") { __typename } }`,
      undefined,
      'NOT_FOUND',
      'id',
    ],
    [
      'an empty retraction reason',
      `mutation($id: ID!) { retractClaim(id: $id, reason: " ") { __typename } }`,
      { id: 'FIRST_TRANSFER' },
      'BAD_USER_INPUT',
      'reason',
    ],
    [
      'a source URL that is not http',
      `mutation { createSource(input: { key: "s-x", title: "T", publisher: "P", kind: OTHER, url: "javascript:alert(1)" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'url',
    ],
    [
      'an invalid publication date',
      `mutation { createSource(input: { key: "s-y", title: "T", publisher: "P", kind: OTHER, publishedOn: "2022-02-30" }) { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'PartialDate',
    ],
    [
      'merging an actor into itself',
      `mutation { mergeActors(survivor: "iran", merged: "Islamic Republic of Iran") { key } }`,
      undefined,
      'BAD_USER_INPUT',
      'merged',
    ],
    [
      'merging actors linked by a claim',
      `mutation { mergeActors(survivor: "iran", merged: "russia") { key } }`,
      undefined,
      'CONFLICT',
      'merged',
    ],
  ])('%s', async (_name, query, variables, code, field) => {
    if (variables?.id === 'FIRST_TRANSFER') {
      variables = {
        id: (await t.data(`{ transfers(first: 1) { edges { node { id } } } }`)).transfers.edges[0].node.id,
      };
    }
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(admin, query, variables);
    expect(res.errors?.[0].extensions).toMatchObject({ code, field });
    expect(res.data?.[Object.keys(res.data ?? {})[0]] ?? null).toBeNull();
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it.each([['anonymous'], ['READER']])('merging actors as %s is refused and changes nothing', async (who) => {
    const reader = await makeKey(t.server, `reader-${who}`, Role.READER);
    const before = await dumpDatabase(t.server);
    const q = `mutation { mergeActors(survivor: "syria", merged: "ukraine") { key } }`;
    const res = who === 'anonymous' ? await t.gql(q) : await t.gqlAs(reader, q);
    expect(res.errors?.[0].extensions?.code).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });

  it('an unknown enum value is refused before anything runs', async () => {
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, RECORD, { input: { ...NEW_TRANSFER, status: 'RUMOURED' } });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});
