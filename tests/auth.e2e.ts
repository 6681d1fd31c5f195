import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Role } from '../src/core/auth/role.enum';
import { apiKeyService } from '../src/domain/access/api-key.service';
import { buildDist } from './helpers/child-server';
import { createTestDatabase } from './helpers/test-database';
import type { TestDatabase } from './helpers/test-database';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
const keys: Partial<Record<Role, string>> = {};
beforeAll(async () => {
  t = await startTestServer();
  for (const role of Object.values(Role)) keys[role] = await makeKey(t.server, `${role.toLowerCase()}-key`, role);
});
afterAll(() => t.close());

const READ = `{ actor(key: "iran") { name } }`;
let n = 0;
const WRITE = () =>
  `mutation { createActor(input: { key: "matrix-${++n}", name: "Matrix ${n}", kind: COMPANY }) { key } }`;
const ADMIN = `{ apiKeys { name role } }`;

type Who = 'anonymous' | Role;
const call = (who: Who, query: string) => (who === 'anonymous' ? t.gql(query) : t.gqlAs(keys[who]!, query));
const outcome = async (who: Who, query: string) => {
  const res = await call(who, query);
  return res.errors ? res.errors[0].extensions?.code : 'OK';
};

describe('role matrix (reads open, the default)', () => {
  it.each<[Who, string, string, string]>([
    ['anonymous', 'OK', 'UNAUTHENTICATED', 'UNAUTHENTICATED'],
    [Role.READER, 'OK', 'FORBIDDEN', 'FORBIDDEN'],
    [Role.EDITOR, 'OK', 'OK', 'FORBIDDEN'],
    [Role.ADMIN, 'OK', 'OK', 'OK'],
  ])('%s: read %s, write %s, admin %s', async (who, read, write, admin) => {
    expect(await outcome(who, READ)).toBe(read);
    expect(await outcome(who, WRITE())).toBe(write);
    expect(await outcome(who, ADMIN)).toBe(admin);
  });

  it('merging actors needs ADMIN', async () => {
    const merge = `mutation { mergeActors(survivor: "matrix-1", merged: "matrix-2") { key } }`;
    expect(await outcome(Role.EDITOR, merge)).toBe('FORBIDDEN');
  });

  it('a wrong, malformed or revoked key is UNAUTHENTICATED, even for reads', async () => {
    const bad = await t.gqlAs('sl_000000000000_' + 'x'.repeat(43), READ);
    expect(bad.status).toBe(401);
    expect(bad.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gqlAs('not-a-key', READ)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const secret = await makeKey(t.server, 'short-lived', Role.EDITOR);
    expect(await outcome('anonymous', READ)).toBe('OK');
    expect((await t.gqlAs(secret, WRITE())).errors).toBeUndefined();
    await apiKeyService.revoke(t.server.context(), 'short-lived');
    expect((await t.gqlAs(secret, READ)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores keys hashed: no secret is in the database', async () => {
    const rows = await t.server.dataSource.query('SELECT * FROM api_key');
    const dump = JSON.stringify(rows);
    // The random part follows "sl_<prefix>_" (it may itself contain "_").
    for (const secret of Object.values(keys)) expect(dump).not.toContain(secret!.slice('sl_'.length + 12 + 1));
    expect(rows.every((r: any) => /^[0-9a-f]{64}$/.test(r.secret_hash))).toBe(true);
  });

  it('ADMIN manages keys over GraphQL: create shows the secret once, revoke stops it', async () => {
    const made = await t.gqlAs(
      keys.ADMIN!,
      `mutation { createApiKey(name: "gql-made", role: READER) { secret key { name role revokedAt } } }`,
    );
    const { secret, key } = made.data.createApiKey;
    expect(key).toEqual({ name: 'gql-made', role: 'READER', revokedAt: null });
    expect((await t.gqlAs(secret, READ)).errors).toBeUndefined();
    const dup = await t.gqlAs(keys.ADMIN!, `mutation { createApiKey(name: "gql-made", role: READER) { secret } }`);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'name' });
    await t.gqlAs(keys.ADMIN!, `mutation { revokeApiKey(name: "gql-made") { revokedAt } }`);
    expect((await t.gqlAs(secret, READ)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('reads closed (SUPPLYLINE_READ_ACCESS=key)', () => {
  let closed: TestServer;
  let reader: string;
  beforeAll(async () => {
    closed = await startTestServer({ SUPPLYLINE_READ_ACCESS: 'key' });
    reader = await makeKey(closed.server, 'reader', Role.READER);
  });
  afterAll(() => closed.close());

  it('anonymous reads are UNAUTHENTICATED with HTTP 401; any key may read', async () => {
    const anon = await closed.gql(READ);
    expect(anon.status).toBe(401);
    expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await closed.gqlAs(reader, READ)).data).toEqual({ actor: { name: 'Iran' } });
  });
});

describe('the keys command-line tool', () => {
  const run = promisify(execFile);
  let db: TestDatabase;
  beforeAll(async () => {
    await buildDist(); // npm run keys runs dist/ as built, refusing a stale one
    db = await createTestDatabase();
  }, 120_000);
  afterAll(() => db.drop());

  it('creates a key whose secret works, lists it, and revokes it', async () => {
    const env = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'silent', SUPPLYLINE_SEED: 'true' };
    const cli = (args: string[]) =>
      run('npm', ['run', '--silent', 'keys', '--', ...args], { cwd: join(__dirname, '..'), env });
    const created = await cli(['create', '--name', 'alice', '--role', 'editor']);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^sl_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect((await cli(['list'])).stdout).toMatch(/^alice\tEDITOR\tcreated /m);
    // A valid key's verdict is remembered for SUPPLYLINE_KEY_CACHE_SECONDS: a revocation made by
    // another process (this CLI) takes effect within that bound.
    const server = await startTestServer({ SUPPLYLINE_KEY_CACHE_SECONDS: '1' }, {}, db);
    try {
      const res = await server.gqlAs(secret, `mutation { addActorAlias(actor: "iran", alias: "Persia") { aliases } }`);
      expect(res.data.addActorAlias.aliases).toContain('Persia');
      const history = await server.data(`{ actor(key: "iran") { history { who operation } } }`);
      expect(history.actor.history.at(-1)).toEqual({ who: 'alice', operation: 'addActorAlias' });
      await cli(['revoke', '--name', 'alice']);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await server.gqlAs(secret, `{ actor(key: "iran") { name } }`)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    } finally {
      await server.close();
    }
    await expect(cli(['create', '--name', 'bob', '--role', 'king'])).rejects.toThrow(/role/);
  }, 60_000);
});
