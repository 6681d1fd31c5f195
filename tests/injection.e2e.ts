import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Hostile strings, from the attacker's side: quotes, SQL wildcards, NUL, right-to-left overrides
 * and very long text are either stored verbatim (and found again exactly) or refused by
 * validation with the field at fault; the schema and the data stay intact.
 */
let t: TestServer;
let admin: string;
beforeAll(async () => {
  t = await startTestServer();
  admin = await makeKey(t.server, 'admin', Role.ADMIN);
});
afterAll(() => t.close());

const PAYLOADS: [string, string][] = [
  ['quotes and a statement', `O'Brien"; DROP TABLE actor; --`],
  ['SQL wildcards', 'Arms % Trading _ Co'],
  ['a right-to-left override', 'Acme \u202Eevil\u202C Ltd'],
  ['a backslash and a JSON-looking value', '{"$gt": ""} \\ end'],
];

describe('hostile strings', () => {
  it.each(PAYLOADS.map(([name, value], i) => [name, value, i] as const))(
    '%s in a name is stored verbatim and found exactly',
    async (_name, value, i) => {
      const key = `hostile-${i}`;
      const res = await t.gqlAs(
        admin,
        'mutation ($input: CreateActorInput!) { createActor(input: $input) { key name } }',
        {
          input: { key, name: value, kind: 'COMPANY', description: value },
        },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.createActor).toEqual({ key, name: value });
      const { actor } = await t.data('query ($key: String!) { actor(key: $key) { name description } }', { key });
      expect(actor).toEqual({ name: value, description: value });
    },
  );

  it('SQL wildcards in a search are not wildcards', async () => {
    const onlyWildcards = await t.gql('{ actors(filter: { search: "%_%" }) { edges { node { key } } } }');
    expect(onlyWildcards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const literal = await t.data('{ actors(filter: { search: "Arms % Trading _ Co" }) { edges { node { key } } } }');
    expect(literal.actors.edges.map((e: any) => e.node.key)).toEqual(['hostile-1']);
  });

  it.each([
    ['a NUL character', 'Acme\u0000Ltd'],
    ['a name over the length limit', 'x'.repeat(100_000)],
  ])('%s is refused with the field at fault, and nothing is written', async (_name, value) => {
    const before = await t.data('{ actors(first: 500) { edges { node { key } } } }');
    const res = await t.gqlAs(admin, 'mutation ($input: CreateActorInput!) { createActor(input: $input) { key } }', {
      input: { key: 'refused-one', name: value, kind: 'COMPANY' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(res.errors?.[0].extensions?.field ?? '')).toMatch(/name/);
    expect(await t.data('{ actors(first: 500) { edges { node { key } } } }')).toEqual(before);
  });

  it('the schema is intact afterwards', async () => {
    const rows = await t.server.dataSource.query('SELECT COUNT(*) AS n FROM actor');
    expect(Number(rows[0].n)).toBeGreaterThan(10);
  });
});
