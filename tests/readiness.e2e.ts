import { admin } from './helpers/test-database';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * /readyz tells a load balancer whether this process can serve: 503 when a migration is pending
 * (the code is ahead of the database) or when the database does not answer. /healthz only says
 * the process is alive.
 */
let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(() => t.close());

const ready = async () => {
  const res = await fetch(`${t.url}/readyz`);
  return { status: res.status, body: await res.json() };
};

it('is 503 "migrations pending" when the database lacks a migration the code has, and 200 again once it is back', async () => {
  expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
  const [last] = await t.server.dataSource.query('SELECT * FROM migrations ORDER BY timestamp DESC LIMIT 1');
  await t.server.dataSource.query(
    'DELETE FROM migrations WHERE timestamp = $1'.replace('$1', String(Number(last.timestamp))),
  );
  expect(await ready()).toEqual({ status: 503, body: { status: 'migrations pending' } });
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  await t.server.dataSource.query(
    `INSERT INTO migrations (timestamp, name) VALUES (${Number(last.timestamp)}, '${last.name}')`,
  );
  expect(await ready()).toEqual({ status: 200, body: { status: 'ready' } });
});

it('is 503 "database unreachable" when the database does not answer', async () => {
  const pg = process.env.TEST_DATABASE_URL;
  const name = new URL(t.databaseUrl.replace(/^sqlite:/, 'file:')).pathname.slice(1);
  if (t.databaseUrl.startsWith('postgres')) {
    // The database refuses connections and the server's are cut.
    await admin(pg!, `ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
    await admin(pg!, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`);
  } else {
    // The read path's connection is closed behind the server's back.
    await t.server.app.sql.close();
  }
  try {
    expect(await ready()).toEqual({ status: 503, body: { status: 'database unreachable' } });
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  } finally {
    if (t.databaseUrl.startsWith('postgres')) await admin(pg!, `ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
  }
});
