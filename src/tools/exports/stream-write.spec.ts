import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { OutputClosedError, write } from './stream-write';

/** A sink that takes every chunk at once, as a socket to a fast reader does. */
const fastSink = (highWaterMark: number) =>
  new Writable({
    highWaterMark,
    write(_chunk, _encoding, done) {
      done();
    },
  });

/** Resolves whether `other` (set up before the write) ran before the write finished. */
async function otherWorkRanFirst(out: Writable, chunk: string): Promise<boolean> {
  let ran = false;
  setImmediate(() => (ran = true));
  await write(out, chunk);
  return ran;
}

describe('write (how exports hand their chunks to the reader)', () => {
  it('gives the event loop a turn after a chunk the stream took at once', async () => {
    expect(await otherWorkRanFirst(fastSink(1 << 20), 'small chunk')).toBe(true);
  });

  it('gives the event loop a turn after a chunk over the high-water mark of an HTTP response to a fast reader', async () => {
    // An HTTP response corks its socket and writes on the next tick: a big chunk makes `write`
    // answer false, and 'drain' follows on the next tick, before any other I/O.
    const turns: boolean[] = [];
    const server = createServer((_req, res) => {
      void (async () => {
        const chunk = 'x'.repeat(256 * 1024);
        for (let i = 0; i < 8; i++) {
          turns.push(await otherWorkRanFirst(res, chunk));
        }
        res.end();
      })();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(body.length).toBe(8 * 256 * 1024);
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(turns).toEqual(Array(8).fill(true));
  });

  it('waits for a slow reader, then goes on', async () => {
    let release: () => void = () => undefined;
    const out = new Writable({
      highWaterMark: 4,
      write(_chunk, _encoding, done) {
        release = done;
      },
    });
    let finished = false;
    const pending = write(out, 'more than four bytes').then(() => (finished = true));
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(finished).toBe(false);
    release();
    await pending;
    expect(finished).toBe(true);
  });

  it('stops with OutputClosedError when the reader went away', async () => {
    const out = fastSink(4);
    out.destroy();
    await expect(write(out, 'x')).rejects.toBeInstanceOf(OutputClosedError);
    const waiting = new Writable({ highWaterMark: 1, write: () => undefined });
    const pending = write(waiting, 'xx');
    waiting.destroy();
    await expect(pending).rejects.toBeInstanceOf(OutputClosedError);
  });
});
