import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { SqlRunner } from '../../core/db/sql-runner';
import { canonicalRow, dumpLayout } from './dump-tables';
import { write } from './stream-write';

export const DUMP_FORMAT = 'supplyline-dump';
export const DUMP_VERSION = 2;

/**
 * Streams the full dump: one JSON document, one row per line, tables in insertion order and rows
 * in key order, so the same database always gives the same bytes and a restore of it gives the
 * same database. Layout (valid JSON):
 *
 *   {"format":"supplyline-dump","version":2,"tables":{
 *   "actor":[
 *   {…first row…}
 *   ,{…next row…}
 *   ],"actor_name":[
 *   …
 *   ]}}
 */
/**
 * Rows read and written at a time. Small, because a batch is read and encoded without a pause
 * (better-sqlite3 reads synchronously): about a hundred history entries take a few milliseconds,
 * and the export gives the event loop a turn after each (see stream-write.ts).
 */
const DUMP_BATCH_ROWS = 100;
/**
 * Tables whose rows can each hold a source's text (up to a million characters; history keeps a
 * source's row, text included, before and after each write), and those columns. Their batches
 * are cut where the text read passes TEXT_PER_BATCH (one row at least), so a batch stays within
 * the bounded heap exports run in (EXPORT_HEAP_MB) however long the texts — without reading
 * ordinary rows a few at a time.
 */
const LARGE_TEXT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  source: ['text'],
  history_entry: ['before_json', 'after_json'],
};
const TEXT_PER_BATCH = 4_000_000;

/** A large-row table's rows in key order, in batches of at most DUMP_BATCH_ROWS and about TEXT_PER_BATCH characters. */
export async function* scanByText(
  sql: SqlRunner,
  table: string,
  keys: readonly string[],
  textColumns: readonly string[],
  where: string | undefined,
  textPerBatch = TEXT_PER_BATCH,
): AsyncGenerator<Record<string, unknown>[]> {
  const order = keys.join(', ');
  const tuple = keys.length === 1 ? keys[0] : `(${order})`;
  const marks = keys.length === 1 ? '?' : `(${keys.map(() => '?').join(', ')})`;
  const size = textColumns.map((c) => `COALESCE(LENGTH(b.${c}), 0)`).join(' + ');
  let last: unknown[] | null = null;
  for (;;) {
    const conditions: string = [where ?? '1 = 1', last ? `${tuple} > ${marks}` : '1 = 1'].join(' AND ');
    // The window runs over the batch only (LIMIT inside): how much text the rows before each hold.
    const rows: Record<string, unknown>[] = await sql.all<Record<string, unknown>>(
      `SELECT * FROM (SELECT b.*, COALESCE(SUM(${size}) OVER (ORDER BY ${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS text_before
         FROM (SELECT * FROM ${table} WHERE ${conditions} ORDER BY ${order} LIMIT ?) AS b) AS w
       WHERE w.text_before < ? ORDER BY ${order}`,
      [...(last ?? []), DUMP_BATCH_ROWS, textPerBatch],
    );
    if (rows.length === 0) return;
    yield rows;
    last = keys.map((k): unknown => rows[rows.length - 1][k]);
  }
}

export async function writeDump(sql: SqlRunner, dataSource: DataSource, out: Writable): Promise<void> {
  await write(out, `{"format":${JSON.stringify(DUMP_FORMAT)},"version":${DUMP_VERSION},"tables":{\n`);
  let firstTable = true;
  for (const layout of dumpLayout(dataSource)) {
    await write(out, `${firstTable ? '' : '],'}${JSON.stringify(layout.name)}:[\n`);
    firstTable = false;
    let firstRow = true;
    const text = LARGE_TEXT_COLUMNS[layout.name];
    const batches = text
      ? scanByText(sql, layout.name, layout.keys, text, layout.where)
      : sql.scan(layout.name, layout.keys, DUMP_BATCH_ROWS, layout.where);
    for await (const rows of batches) {
      let chunk = '';
      for (const row of rows) {
        chunk += `${firstRow ? '' : ','}${JSON.stringify(canonicalRow(layout, row))}\n`;
        firstRow = false;
      }
      await write(out, chunk);
    }
  }
  await write(out, ']}}\n');
}
