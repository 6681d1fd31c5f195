/**
 * Timestamps are stored as ISO-8601 UTC strings (varchar) so that SQLite and PostgreSQL store,
 * compare and return them identically, with no driver time-zone conversion. Within a process
 * they strictly increase, so two writes in one millisecond still have an order (history and
 * claim versions rely on it).
 */
let last = 0;

export function nowIso(clock: number = Date.now()): string {
  const now = Math.max(clock, last + 1);
  last = now;
  return new Date(now).toISOString();
}
