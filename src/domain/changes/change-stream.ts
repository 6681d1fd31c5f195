import { AsyncResource } from 'node:async_hooks';
import type { Context } from '../../core/context/context';
import type { SqlRunner } from '../../core/db/sql-runner';
import { changeConditions, changesBetween, feedHead, sequenceOf } from './change.service';
import type { ChangeFilter, ChangeRow } from './change.types';

/**
 * Watches the feed's last number for one database: while anyone listens, it reads it every
 * `pollMs` (one indexed read, whoever wrote: this process or another), and wakes the listeners
 * when it has moved. With no listener, it reads nothing.
 */
class FeedWatch {
  private head = 0;
  private readonly listeners = new Set<(head: number) => void>();
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  /**
   * Starts the poll in the context the watch was made in (the server's start), not in the first
   * listener's request: a trace of that request would otherwise gain a span per poll.
   */
  private readonly startPolling: () => NodeJS.Timeout;

  constructor(
    private readonly sql: SqlRunner,
    private readonly pollMs: number,
  ) {
    this.startPolling = AsyncResource.bind(() => {
      const timer = setInterval(() => void this.poll(), this.pollMs);
      timer.unref();
      return timer;
    });
  }

  /** Calls `wake` once the head passes `seen` (or the watch closes); returns how to stop waiting. */
  wait(seen: number, wake: (head: number) => void): () => void {
    if (this.closed || this.head > seen) {
      queueMicrotask(() => wake(this.head));
      return () => undefined;
    }
    const listener = (head: number) => {
      if (!this.closed && head <= seen) return;
      this.listeners.delete(listener);
      wake(head);
    };
    this.listeners.add(listener);
    this.timer ??= this.startPolling();
    return () => {
      this.listeners.delete(listener);
      this.idle();
    };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Ends every wait: the server is stopping. */
  close(): void {
    this.closed = true;
    for (const listener of [...this.listeners]) listener(this.head);
    this.idle();
  }

  private async poll(): Promise<void> {
    try {
      this.head = Math.max(this.head, await feedHead(this.sql));
    } catch {
      return; // the database is closing or failing; the next poll tries again
    }
    for (const listener of [...this.listeners]) listener(this.head);
    this.idle();
  }

  private idle(): void {
    if (this.listeners.size > 0 || this.timer === undefined) return;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

const watches = new WeakMap<SqlRunner, FeedWatch>();

/** The watch of a database: made at the server's start (openFeedWatch), or at first use. */
function watchOf(sql: SqlRunner, pollMs: number): FeedWatch {
  let watch = watches.get(sql);
  if (!watch) watches.set(sql, (watch = new FeedWatch(sql, pollMs)));
  return watch;
}

/** Makes the database's watch now, outside any request (see FeedWatch.startPolling). */
export function openFeedWatch(sql: SqlRunner, pollMs: number): void {
  watchOf(sql, pollMs);
}

/** Ends every open subscription on this database, and any opened later (the server is stopping). */
export function closeFeedWatch(sql: SqlRunner): void {
  watches.get(sql)?.close();
}

/** How many writes one read of a subscription takes at most. */
const BATCH = 100;

/**
 * The writes a subscription delivers: those after `after` (a cursor of the feed), or from now
 * when none is given, that pass the filter and the caller's access, oldest first, then each new
 * one as it commits, until the client goes (`return`) or the server stops. An iterator written
 * out, not an async generator: a generator waiting for the next write could not be ended until
 * that write came, and a client gone would hold its place until then.
 */
export async function changeStream(
  ctx: Context,
  filter: ChangeFilter | null | undefined,
  after: string | null | undefined,
): Promise<AsyncIterableIterator<ChangeRow>> {
  const conditions = changeConditions(ctx, filter);
  const watch = watchOf(ctx.sql, ctx.config.http.changePollMs);
  let scanned = after ? await sequenceOf(ctx, after, 'after') : await feedHead(ctx.sql);
  let buffer: ChangeRow[] = [];
  let done = false;
  let stopWaiting: (() => void) | undefined;
  let wakeNow: (() => void) | undefined;

  const waitForHead = () =>
    new Promise<number>((resolve) => {
      if (done) return resolve(scanned);
      wakeNow = () => resolve(scanned);
      stopWaiting = watch.wait(scanned, resolve);
    });

  const iterator: AsyncIterableIterator<ChangeRow> = {
    async next() {
      while (!done) {
        const row = buffer.shift();
        if (row) {
          // Each write is read afresh: the subscription's one context keeps no loaded value.
          ctx.loaders.clear();
          return { value: row, done: false };
        }
        if (watch.isClosed) break;
        // The client may leave during any of these waits: `done` is looked at after each.
        const head = await feedHead(ctx.sql);
        if (done) break;
        if (head > scanned) {
          const rows = await changesBetween(ctx, conditions, scanned, head, BATCH);
          scanned = rows.length === BATCH ? rows[rows.length - 1].sequence : head;
          buffer = rows;
          continue;
        }
        await waitForHead();
      }
      done = true;
      return { value: undefined, done: true };
    },
    async return() {
      done = true;
      stopWaiting?.();
      wakeNow?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
