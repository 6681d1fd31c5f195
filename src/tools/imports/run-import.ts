import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { QueryFailedError } from 'typeorm';
import { AppError } from '../../core/errors/errors';
import { txQuery, withTransaction } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { ImportRefusedError } from './import-errors';
import type { ImportProblem } from './import-errors';
import type { ImportRecord } from './import-record';
import { jsonlRecords } from './jsonl-records';
import { restoreDump } from './restore';
import { ensureGazetteer } from '../../domain/gazetteer/gazetteer';
import { droppedDeals, ensureSipriSource, sipriRecords } from './sipri-records';
import type { DroppedDeal } from './sipri-records';
import { transferCsvRecords } from './transfers-csv-records';

export { ImportRefusedError };
export type { ImportProblem };

export interface ImportSummary {
  format: 'dump' | 'claims-jsonl' | 'sipri-csv' | 'transfers-csv' | 'generated';
  created: number;
  /** records already there, revised (a deal SIPRI revised in a newer release) */
  updated: number;
  unchanged: number;
  invalid: ImportProblem[];
  /** a SIPRI register: the encoding its bytes were read in, and the release date in its notes */
  encoding?: string;
  release?: string | null;
  /** weapon descriptions not in the category table (filed as OTHER_MATERIEL), with their deal counts */
  unmappedDescriptions?: { description: string; deals: number }[];
  /** a SIPRI register: deals of earlier releases that this one no longer has (kept, not deleted) */
  dropped?: DroppedDeal[];
}

export interface ImportOptions {
  /** import the good rows and report the bad ones, instead of writing nothing */
  skipInvalid?: boolean;
  /**
   * called after each row; `total` when the whole file was read first (CSV), `fraction` (0 to 1)
   * of the file read so far when it streams (SIPRI's register)
   */
  onProgress?: (rowsDone: number, total?: number, fraction?: number) => void;
}

/**
 * Imports a file — a full dump, claims as JSON Lines (claims.jsonl), or SIPRI's trade register
 * CSV — in one transaction: all or nothing, or with skipInvalid the good rows (each row in its
 * own savepoint). Rows carry natural keys (our ids, or a UUIDv5 of the SIPRI deal), so importing
 * the same file again changes nothing.
 */
export async function importFile(ctx: Context, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const head = await firstLine(path);
  if (head.startsWith('{"format":"supplyline-dump"')) {
    const counts = await restoreDump(ctx, createReadStream(path));
    const created = Object.values(counts).reduce((a, b) => a + b, 0);
    return { format: 'dump', created, updated: 0, unchanged: 0, invalid: [] };
  }
  // The parties of claims and registers are found among the gazetteer's states (a fresh database
  // gets them here, as the server would at start).
  if (ctx.config.gazetteer) await ensureGazetteer(ctx);
  if (head.startsWith('{')) return importRecords(ctx, 'claims-jsonl', jsonlRecords(path), options);
  const headerCells = head
    .split(/\r?\n/)[0]
    .split(',')
    .map((c) => c.trim());
  if (['supplier', 'recipient', 'source', 'quote'].every((c) => headerCells.includes(c))) {
    return importRecords(ctx, 'transfers-csv', await transferCsvRecords(path), options);
  }
  const sipri = await sipriRecords(path);
  const onProgress = options.onProgress;
  const streaming = {
    ...options,
    onProgress: onProgress && ((n: number) => onProgress(n, undefined, sipri.progress())),
  };
  const summary = await importRecords(ctx, 'sipri-csv', sipri.records, streaming, (tx) =>
    ensureSipriSource(tx, sipri.release),
  );
  const unmappedDescriptions = [...sipri.unmapped]
    .map(([description, deals]) => ({ description, deals }))
    .sort((a, b) => b.deals - a.deals || a.description.localeCompare(b.description));
  const dropped = await droppedDeals(ctx, sipri);
  return { ...summary, encoding: sipri.encoding, release: sipri.release, unmappedDescriptions, dropped };
}

async function firstLine(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart();
  } finally {
    await file.close();
  }
}

/**
 * Writes import records in one transaction, each row in its own savepoint: what every import
 * format (and the synthetic data generator) goes through.
 */
export async function importRecords(
  ctx: Context,
  format: ImportSummary['format'],
  records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
  options: ImportOptions,
  prepare?: (tx: TxContext) => Promise<void>,
): Promise<ImportSummary> {
  return withTransaction(ctx, async (tx) => {
    if (prepare) await prepare(tx);
    const summary: ImportSummary = { format, created: 0, updated: 0, unchanged: 0, invalid: [] };
    let done = 0;
    const total = Array.isArray(records) ? records.length : undefined;
    for await (const record of records) {
      await txQuery(tx, 'SAVEPOINT import_row');
      try {
        summary[await record.apply(tx)]++;
        await txQuery(tx, 'RELEASE SAVEPOINT import_row');
      } catch (e) {
        await txQuery(tx, 'ROLLBACK TO SAVEPOINT import_row');
        await txQuery(tx, 'RELEASE SAVEPOINT import_row');
        if (e instanceof QueryFailedError) {
          // A constraint the checks did not foresee: reported with the row, not a crash of the import.
          summary.invalid.push({
            line: record.line,
            field: '',
            message: 'The database refused this row (a constraint failed).',
          });
        } else if (e instanceof AppError) {
          summary.invalid.push({ line: record.line, field: String(e.extensions.field ?? ''), message: e.message });
        } else {
          throw e;
        }
      }
      options.onProgress?.(++done, total);
    }
    if (summary.invalid.length && !options.skipInvalid) throw new ImportRefusedError(summary.invalid);
    return summary;
  });
}
