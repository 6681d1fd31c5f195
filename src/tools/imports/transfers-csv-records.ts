import { claimWriteService } from '../../domain/claims/claim-write.service';
import { BadUserInputError } from '../../core/errors/errors';
import type { TxContext } from '../../core/context/context';
import { csvRecords } from './csv-records';
import { exists } from './import-record';
import type { ImportRecord } from './import-record';
import { FIGURE_COLUMNS } from './flat-figures';
import { TRANSFER_IMPORT_COLUMNS, transferFromCsv } from './transfers-csv';

export async function transferCsvRecords(path: string): Promise<ImportRecord[]> {
  const rows = await csvRecords(path);
  const header = rows[0]?.record ?? [];
  // The figure columns are optional: files written before they existed still import.
  const optional: readonly string[] = FIGURE_COLUMNS;
  const missing = TRANSFER_IMPORT_COLUMNS.filter((c) => !header.includes(c) && !optional.includes(c));
  if (missing.length) throw new BadUserInputError('header', `The header lacks ${missing.join(', ')}.`);
  return rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    async apply(tx: TxContext) {
      const { id, transfer } = transferFromCsv(Object.fromEntries(header.map((h, i) => [h, record[i]])));
      if (await exists(tx, 'transfer', id)) return 'unchanged';
      await claimWriteService.recordTransfer(tx, transfer, id);
      return 'created';
    },
  }));
}
