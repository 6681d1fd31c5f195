import { connect } from 'node:net';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Slow clients (slowloris): a client that never finishes its headers, or trickles its body, is
 * cut off with 408 once the configured time is up, and the server keeps answering others.
 * The times are short here; the defaults are in docs/operations-and-security.md.
 */
let t: TestServer;
let statements = 0;
beforeAll(async () => {
  t = await startTestServer(
    { SUPPLYLINE_HEADERS_TIMEOUT_MS: '400', SUPPLYLINE_REQUEST_TIMEOUT_MS: '800' },
    { onSql: () => statements++ },
  );
});
afterAll(() => t.close());

/** Sends `parts` on a raw connection and returns what the server sent until it closed the connection. */
function rawExchange(parts: string[]): Promise<string> {
  const { port } = t.server;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += String(d)));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.on('connect', () => {
      for (const p of parts) socket.write(p);
    });
  });
}

describe('slow clients', () => {
  it('a client that never finishes its headers gets 408 and is disconnected', async () => {
    const answer = await rawExchange([
      'POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n',
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('a client that trickles its body past the request timeout gets 408 and is disconnected; nothing runs', async () => {
    const body = '{"query":"{ transfers(first: 1) { totalCount } }"}';
    statements = 0;
    const answer = await rawExchange([
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body.slice(0, 10),
    ]);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(statements).toBe(0);
  });

  it('others are answered while slow clients hang on', async () => {
    const hanging = rawExchange(['GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n']);
    expect((await t.data('{ transfers(first: 1) { totalCount } }')).transfers.totalCount).toBeGreaterThan(0);
    expect(await hanging).toMatch(/^HTTP\/1\.1 408 /);
  });
});
