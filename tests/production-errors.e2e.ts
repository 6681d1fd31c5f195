import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ NODE_ENV: 'production' });
});
afterAll(() => t.close());

describe('errors in production', () => {
  it('keep the code and the field at fault, with no stack trace', async () => {
    const res = await t.gql(`{ transfers(filter: { supplier: "atlantis" }) { totalCount } }`);
    expect(res.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.supplier' });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  it('mask internal errors: no SQL, no message detail', async () => {
    // Drop a table behind the server's back so a resolver fails inside the database driver.
    await t.server.dataSource.query('DROP TABLE citation_hop');
    const res = await t.gql(`{ transfers(first: 1) { edges { node { evidence { chain { key } } } } } }`);
    expect(res.errors?.[0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(res.errors?.[0].message).toBe('Internal server error');
    expect(JSON.stringify(res)).not.toMatch(/citation_hop|SELECT|sqlite/i);
  });
});
