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
 * source's row, text included, before and after each write) are read 10 rows at a time, so that
 * a batch stays within the bounded heap exports run in (EXPORT_HEAP_MB) however long the texts.
 */
const LARGE_ROW_TABLES: ReadonlySet<string> = new Set(['source', 'history_entry']);
const LARGE_ROW_BATCH = 10;

export async function writeDump(sql: SqlRunner, dataSource: DataSource, out: Writable): Promise<void> {
  await write(out, `{"format":${JSON.stringify(DUMP_FORMAT)},"version":${DUMP_VERSION},"tables":{\n`);
  let firstTable = true;
  for (const layout of dumpLayout(dataSource)) {
    await write(out, `${firstTable ? '' : '],'}${JSON.stringify(layout.name)}:[\n`);
    firstTable = false;
    let firstRow = true;
    const batch = LARGE_ROW_TABLES.has(layout.name) ? LARGE_ROW_BATCH : DUMP_BATCH_ROWS;
    for await (const rows of sql.scan(layout.name, layout.keys, batch, layout.where)) {
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
