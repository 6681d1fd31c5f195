import type { Recognition } from './recognition.entity';
import type { Transfer } from './transfer.entity';

/** `asOf` is set on a claim read as it was at that instant: its evidence is read as of then too. */
type AsOf = { asOf?: string };

type ClaimSummary = 'id' | 'retracted' | 'retractionReason' | 'sortDate' | 'verdict' | 'independentVoices' | 'disputingVoices' | 'bestReliability' | 'bestCredibility' | 'strength';

export type TransferRow = AsOf & Pick<
  Transfer,
  | ClaimSummary | 'supplierId' | 'recipientId' | 'intermediaryId' | 'originCountryId' | 'category' | 'item' | 'designation'
  | 'quantityMin' | 'quantityMax' | 'quantityText' | 'status' | 'periodStart' | 'periodEnd' | 'context'
>;

export type RecognitionRow = AsOf & Pick<Recognition, ClaimSummary | 'recognizerId' | 'recognizedId' | 'status' | 'recognizedOn'>;

const SUMMARY_COLUMNS =
  `t.id, t.retracted, t.retraction_reason AS "retractionReason", t.sort_date AS "sortDate", t.verdict, ` +
  `t.independent_voices AS "independentVoices", t.disputing_voices AS "disputingVoices", ` +
  `t.best_reliability AS "bestReliability", t.best_credibility AS "bestCredibility", t.strength`;

export const TRANSFER_COLUMNS =
  `${SUMMARY_COLUMNS}, t.supplier_id AS "supplierId", t.recipient_id AS "recipientId", t.intermediary_id AS "intermediaryId", ` +
  `t.origin_country_id AS "originCountryId", t.category, t.item, t.designation, t.quantity_min AS "quantityMin", ` +
  `t.quantity_max AS "quantityMax", t.quantity_text AS "quantityText", t.status, t.period_start AS "periodStart", ` +
  `t.period_end AS "periodEnd", t.context`;

export const RECOGNITION_COLUMNS =
  `${SUMMARY_COLUMNS}, t.recognizer_id AS "recognizerId", t.recognized_id AS "recognizedId", t.status, t.recognized_on AS "recognizedOn"`;

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

export function mapTransfer(row: TransferRow): TransferRow {
  return { ...mapSummary(row), quantityMin: num(row.quantityMin), quantityMax: num(row.quantityMax) };
}

export function mapRecognition(row: RecognitionRow): RecognitionRow {
  return mapSummary(row);
}
