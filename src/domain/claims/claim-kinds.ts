import {
  RECOGNITION_COLUMNS,
  RECOGNITION_FIELD_COLUMNS,
  TRANSFER_COLUMNS,
  TRANSFER_FIELD_COLUMNS,
  mapRecognition,
  mapTransfer,
} from './claim.rows';
import type { RecognitionRow, TransferRow } from './claim.rows';

/**
 * What differs between the two kinds of claim for reading: table, columns, date columns, which
 * filter arguments name actors (and the columns they match), and which filter the enum columns.
 */
export interface ClaimKind<Row> {
  readonly table: 'transfer' | 'recognition';
  readonly columns: string;
  readonly map: (row: Row) => Row;
  /** the columns each GraphQL field reads (see columnsFor) */
  readonly fieldColumns: Readonly<Record<string, string[]>>;
  readonly dateLo: string;
  readonly dateHi: string;
  readonly actorArgs: Readonly<Record<string, readonly string[]>>;
  readonly enumArgs: Readonly<Record<string, string>>;
}

export const TRANSFER_KIND: ClaimKind<TransferRow> = {
  table: 'transfer',
  columns: TRANSFER_COLUMNS,
  map: mapTransfer,
  fieldColumns: TRANSFER_FIELD_COLUMNS,
  dateLo: 'period_lo',
  dateHi: 'period_hi',
  actorArgs: {
    supplier: ['supplier_id'],
    recipient: ['recipient_id'],
    actor: ['supplier_id', 'recipient_id', 'intermediary_id'],
  },
  enumArgs: { category: 'category', status: 'status' },
};

export const RECOGNITION_KIND: ClaimKind<RecognitionRow> = {
  table: 'recognition',
  columns: RECOGNITION_COLUMNS,
  map: mapRecognition,
  fieldColumns: RECOGNITION_FIELD_COLUMNS,
  dateLo: 'date_lo',
  dateHi: 'date_hi',
  actorArgs: {
    recognizer: ['recognizer_id'],
    recognized: ['recognized_id'],
    actor: ['recognizer_id', 'recognized_id'],
  },
  enumArgs: { status: 'status' },
};
