/**
 * Timestamps are stored as ISO-8601 UTC strings (varchar) so that SQLite and PostgreSQL store,
 * compare and return them identically, with no driver time-zone conversion.
 */
export function nowIso(): string {
  return new Date().toISOString();
}
