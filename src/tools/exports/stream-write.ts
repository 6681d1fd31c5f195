import type { Writable } from 'node:stream';

/** The reader went away (a client disconnected): the export stops instead of waiting forever. */
export class OutputClosedError extends Error {
  constructor() {
    super('The output was closed before the export finished.');
  }
}

/** Lets every other request and timer run (the event loop's poll phase) before going on. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes, waiting for the reader when its buffer is full, so an export's memory stays flat. After
 * each chunk the export gives the event loop a turn: its reads are synchronous (better-sqlite3),
 * and a fast reader would otherwise let one export hold the loop from its first row to its last.
 * The turn is taken after a 'drain' too: a chunk over the stream's high-water mark makes `write`
 * answer false even when the socket took it all at once, and 'drain' then comes on the next tick,
 * before any other request's I/O. Waiting for the drain alone let one export run until the
 * kernel's socket buffer was full (several megabytes, up to a second of work).
 */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed || out.writableEnded) throw new OutputClosedError();
  if (!out.write(chunk)) await drained(out);
  return turn();
}

function drained(out: Writable): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (e?: Error) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (e) reject(e);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (e: Error) => settle(e);
    const onClose = () => settle(new OutputClosedError());
    out.once('drain', onDrain);
    out.once('error', onError);
    out.once('close', onClose);
  });
}
