import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { ImportRefusedError } from './import-errors';

/** Our transfer import CSV (see transfers-csv.ts), validated by the same checks as recordTransfer. */
export type CsvRecord = { record: string[]; info: { lines: number } };

/** The whole file's records with their line numbers; a malformed file is refused with the line. */
export async function csvRecords(path: string): Promise<CsvRecord[]> {
  try {
    return parse(await readFile(path, 'utf8'), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as CsvRecord[];
  } catch (e) {
    const line = Number((e as { lines?: number }).lines ?? 0);
    throw new ImportRefusedError([
      { line, field: 'csv', message: `Not valid CSV: ${e instanceof Error ? e.message : e}` },
    ]);
  }
}
