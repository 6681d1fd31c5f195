import type { Recognition } from './recognition.entity';
import type { Transfer } from './transfer.entity';

/** `asOf` is set on a claim read as it was at that instant: its evidence is read as of then too. */
type AsOf = { asOf?: string };

type ClaimSummary =
  | 'id'
  | 'retracted'
  | 'retractionReason'
  | 'sortDate'
  | 'verdict'
  | 'independentVoices'
  | 'disputingVoices'
  | 'bestReliability'
  | 'bestCredibility'
  | 'strength';

export type TransferRow = AsOf &
  Pick<
    Transfer,
    | ClaimSummary
    | 'supplierId'
    | 'recipientId'
    | 'intermediaryId'
    | 'originCountryId'
    | 'category'
    | 'item'
    | 'designation'
    | 'quantityMin'
    | 'quantityMax'
    | 'quantityText'
    | 'status'
    | 'periodStart'
    | 'periodEnd'
    | 'context'
    | 'quantityDelivered'
    | 'condition'
    | 'deliveryYears'
    | 'uncertain'
    | 'tivPerUnit'
    | 'tivOrder'
    | 'tivDelivered'
  >;

export type RecognitionRow = AsOf &
  Pick<Recognition, ClaimSummary | 'recognizerId' | 'recognizedId' | 'status' | 'recognizedOn'>;

/** What a dataset records of a deal beyond who, what and when (see transfer-figures.ts). */
const QUANTITY_DELIVERED = 't.quantity_delivered AS "quantityDelivered"';
const DELIVERY_YEARS = 't.delivery_years AS "deliveryYears"';
const TIV_COLUMNS = [
  't.tiv_per_unit AS "tivPerUnit"',
  't.tiv_order AS "tivOrder"',
  't.tiv_delivered AS "tivDelivered"',
];
const FIGURE_COLUMNS = [QUANTITY_DELIVERED, 't.condition', DELIVERY_YEARS, 't.uncertain', ...TIV_COLUMNS];

const SUMMARY_COLUMNS =
  `t.id, t.retracted, t.retraction_reason AS "retractionReason", t.sort_date AS "sortDate", t.verdict, ` +
  `t.independent_voices AS "independentVoices", t.disputing_voices AS "disputingVoices", ` +
  `t.best_reliability AS "bestReliability", t.best_credibility AS "bestCredibility", t.strength`;

export const TRANSFER_COLUMNS =
  `${SUMMARY_COLUMNS}, t.supplier_id AS "supplierId", t.recipient_id AS "recipientId", t.intermediary_id AS "intermediaryId", ` +
  `t.origin_country_id AS "originCountryId", t.category, t.item, t.designation, t.quantity_min AS "quantityMin", ` +
  `t.quantity_max AS "quantityMax", t.quantity_text AS "quantityText", t.status, t.period_start AS "periodStart", ` +
  `t.period_end AS "periodEnd", t.context, ${FIGURE_COLUMNS.join(', ')}`;

/**
 * Which columns each GraphQL field of a claim reads, so a page of claims reads only what the
 * query asks for (materializing unused columns was most of the cost of a list). Fields not
 * listed here read every column. The keys every list needs are always read.
 */
const KEYS = ['t.id', 't.sort_date AS "sortDate"', 't.strength'];
const SHARED_FIELDS: Record<string, string[]> = {
  __typename: [],
  id: [],
  evidence: [],
  history: [],
  assessment: [],
  retracted: ['t.retracted'],
  retractionReason: ['t.retraction_reason AS "retractionReason"'],
  status: ['t.status'],
};
export const TRANSFER_FIELD_COLUMNS: Record<string, string[]> = {
  ...SHARED_FIELDS,
  supplier: ['t.supplier_id AS "supplierId"'],
  recipient: ['t.recipient_id AS "recipientId"'],
  intermediary: ['t.intermediary_id AS "intermediaryId"'],
  originCountry: ['t.origin_country_id AS "originCountryId"'],
  category: ['t.category'],
  item: ['t.item'],
  designation: ['t.designation'],
  context: ['t.context'],
  quantity: [
    't.quantity_min AS "quantityMin"',
    't.quantity_max AS "quantityMax"',
    't.quantity_text AS "quantityText"',
    QUANTITY_DELIVERED,
  ],
  condition: ['t.condition'],
  deliveryYears: [DELIVERY_YEARS],
  uncertain: ['t.uncertain'],
  tiv: TIV_COLUMNS,
  period: ['t.period_start AS "periodStart"', 't.period_end AS "periodEnd"'],
};
export const RECOGNITION_FIELD_COLUMNS: Record<string, string[]> = {
  ...SHARED_FIELDS,
  recognizer: ['t.recognizer_id AS "recognizerId"'],
  recognized: ['t.recognized_id AS "recognizedId"'],
  date: ['t.recognized_on AS "recognizedOn"'],
};

/** The columns for these fields, or null (every column) when one of them is not mapped. */
export function columnsFor(fields: ReadonlySet<string>, map: Record<string, string[]>): string | null {
  const columns = new Set(KEYS);
  for (const f of fields) {
    const cs = map[f];
    if (!cs) return null;
    for (const c of cs) columns.add(c);
  }
  return [...columns].join(', ');
}

export const RECOGNITION_COLUMNS = `${SUMMARY_COLUMNS}, t.recognizer_id AS "recognizerId", t.recognized_id AS "recognizedId", t.status, t.recognized_on AS "recognizedOn"`;

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Normalizes driver differences: SQLite booleans are 0/1, PostgreSQL bigints are strings. */
function mapSummary<T extends Pick<TransferRow, ClaimSummary>>(row: T): T {
  return {
    ...row,
    retracted: Boolean(row.retracted),
    independentVoices: Number(row.independentVoices),
    disputingVoices: Number(row.disputingVoices),
    bestCredibility: num(row.bestCredibility),
    strength: Number(row.strength),
  };
}

const BIGINTS = ['quantityMin', 'quantityMax', 'quantityDelivered', 'tivPerUnit', 'tivOrder', 'tivDelivered'] as const;

/** PostgreSQL answers bigints as strings: the transfer's bigint columns that were read, as numbers. */
function bigints<T extends Partial<Pick<TransferRow, (typeof BIGINTS)[number]>>>(row: T): T {
  const out = { ...row };
  for (const k of BIGINTS) if (k in row) out[k] = num(row[k]) as never;
  return out;
}

export function mapTransfer(row: TransferRow): TransferRow {
  return bigints(mapSummary(row));
}

/** A row read with only some columns (see columnsFor): numbers normalized, nothing else touched. */
export function mapPartial<T extends { strength: number }>(row: T): T {
  const r = row as T & Partial<Pick<TransferRow, 'retracted' | (typeof BIGINTS)[number]>>;
  const out = bigints({ ...r, strength: Number(r.strength) });
  if ('retracted' in r) out.retracted = Boolean(r.retracted);
  return out;
}

export function mapRecognition(row: RecognitionRow): RecognitionRow {
  return mapSummary(row);
}
