import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { BadUserInputError, ConflictError } from '../../core/errors/errors';
import { txQuery, withTransaction } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { DUMP_FORMAT, DUMP_VERSION } from '../exports/dump';
import { dumpLayout } from '../exports/dump-tables';
import { rebuildDerivedData } from '../../domain/write-pipeline';
import type { TableLayout } from '../exports/dump-tables';

/** Columns pointing at a row of the same table, set in a second pass (their targets may come later). */
const SELF_REFERENCES: Record<string, string[]> = { actor: ['parent_id', 'merged_into_id'] };

/**
 * Columns a version-1 dump (written before the independence auditor) lacks: derived from the
 * text, so they are restored empty and filled when the server next starts (its echo audit).
 */
const ADDED_IN_VERSION_2: Record<string, readonly string[]> = {
  source: ['text_sha256', 'echo_root'],
  citation: ['source_text_sha256'],
};

const refuse = (line: number, message: string) => new BadUserInputError(`line ${line}`, `Line ${line}: ${message}`);

/**
 * Restores a full dump (see writeDump) into an empty database, in one transaction: every row
 * with its id, so exporting the result gives the same bytes. Reads the file line by line, so
 * memory stays flat; any bad line rolls everything back and is reported by its number.
 */
export async function restoreDump(ctx: Context, input: Readable): Promise<Record<string, number>> {
  return withTransaction(ctx, async (tx) => {
    const [{ n }] = await txQuery<{ n: number }>(tx, 'SELECT COUNT(*) AS n FROM actor');
    if (Number(n) > 0) throw new ConflictError('A dump is restored into an empty database only; this one holds data.');
    const layouts = new Map(dumpLayout(tx.manager.connection).map((l) => [l.name as string, l]));
    const counts: Record<string, number> = {};
    let table: TableLayout | null = null;
    let batch: Record<string, unknown>[] = [];
    let deferred: { id: unknown; values: Record<string, unknown> }[] = [];
    let lineNo = 0;
    let ended = false;
    let version = DUMP_VERSION;
    const flush = async () => {
      if (table && batch.length) await insertRows(tx, table, batch);
      batch = [];
    };
    const finishTable = async () => {
      await flush();
      for (const d of deferred) {
        const cols = Object.keys(d.values);
        await txQuery(tx, `UPDATE ${table!.name} SET ${cols.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
          ...cols.map((c) => d.values[c]),
          d.id,
        ]);
      }
      deferred = [];
    };

    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      const line = raw.trimEnd();
      if (lineNo === 1) {
        const head = /^\{"format":"([^"]*)","version":(\d+),"tables":\{$/.exec(line);
        if (!head || head[1] !== DUMP_FORMAT || !['1', String(DUMP_VERSION)].includes(head[2])) {
          throw refuse(1, `not a ${DUMP_FORMAT} file of version 1 or ${DUMP_VERSION}.`);
        }
        version = Number(head[2]);
        continue;
      }
      if (ended) {
        if (line !== '') throw refuse(lineNo, 'text after the end of the dump.');
        continue;
      }
      const start = /^(?:\],)?"([a-z_]+)":\[$/.exec(line);
      if (start) {
        if (table) await finishTable();
        table = layouts.get(start[1]) ?? null;
        if (!table) throw refuse(lineNo, `unknown table ${JSON.stringify(start[1])}.`);
        counts[table.name] = 0;
        continue;
      }
      if (line === ']}}') {
        if (table) await finishTable();
        ended = true;
        continue;
      }
      if (!table || !/^,?\{.*\}$/.test(line)) throw refuse(lineNo, 'expected a row, a table or the end.');
      let row: Record<string, unknown>;
      try {
        row = JSON.parse(line.startsWith(',') ? line.slice(1) : line);
      } catch {
        throw refuse(lineNo, 'a row that is not JSON.');
      }
      const missing = version === 1 ? (ADDED_IN_VERSION_2[table.name] ?? []) : [];
      const expected = table.columns.filter((c) => !missing.includes(c));
      const keys = Object.keys(row);
      if (keys.length !== expected.length || keys.some((k, i) => k !== expected[i])) {
        throw refuse(lineNo, `the columns of ${table.name} are ${expected.join(', ')}.`);
      }
      if (missing.length) row = Object.fromEntries(table.columns.map((c) => [c, row[c] ?? null]));
      const selfRefs = SELF_REFERENCES[table.name] ?? [];
      if (selfRefs.some((c) => row[c] !== null)) {
        deferred.push({ id: row.id, values: Object.fromEntries(selfRefs.map((c) => [c, row[c]])) });
        row = { ...row, ...Object.fromEntries(selfRefs.map((c) => [c, null])) };
      }
      batch.push(row);
      counts[table.name]++;
      if (batch.length >= Math.max(1, Math.floor(5000 / table.columns.length))) await flush();
    }
    if (!ended) throw refuse(lineNo, 'the dump ends early (no closing "]}}").');
    await rebuildDerivedData(tx);
    return counts;
  });
}

async function insertRows(tx: TxContext, table: TableLayout, rows: Record<string, unknown>[]): Promise<void> {
  const one = `(${table.columns.map(() => '?').join(', ')})`;
  await txQuery(
    tx,
    `INSERT INTO ${table.name} (${table.columns.join(', ')}) VALUES ${rows.map(() => one).join(', ')}`,
    rows.flatMap((r) => table.columns.map((c) => r[c])),
  );
}
