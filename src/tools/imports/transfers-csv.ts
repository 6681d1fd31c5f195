import { v5 } from 'uuid';
import type { RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import { BadUserInputError } from '../../core/errors/errors';
import type { Stance } from '../../domain/evidence/evidence-enums';
import { FIGURE_COLUMNS, figuresFromRecord, hasFigures } from './flat-figures';

/**
 * The CSV layout for importing transfers: one row per transfer and its one citation. Actors by
 * key, name or alias; the source by key; the chain as source keys joined with " > ". `id` is
 * optional: without it, the row's content is its natural key (a UUIDv5), so re-imports change
 * nothing either way.
 */
export const TRANSFER_IMPORT_COLUMNS = [
  'id',
  'supplier',
  'recipient',
  'intermediary',
  'origin_country',
  'category',
  'item',
  'designation',
  'quantity_min',
  'quantity_max',
  'quantity_text',
  'status',
  'period_start',
  'period_end',
  'context',
  'source',
  'quote',
  'chain',
  'stance',
  'credibility',
  'attributed_to',
  'attribution',
  'locator',
  ...FIGURE_COLUMNS,
] as const;

/** The columns whose values make a row's natural key (the figures count only when given). */
const KEY_COLUMNS = TRANSFER_IMPORT_COLUMNS.filter(
  (c) => c !== 'id' && !(FIGURE_COLUMNS as readonly string[]).includes(c),
);

const CSV_NAMESPACE = '3b9e7c1a-0f2d-5e4b-8a6c-1d2e3f4a5b6c';

const cell = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v.trim());

function int(field: string, v: string | undefined): number | null {
  const c = cell(v);
  if (c === null) return null;
  if (!/^\d+$/.test(c))
    throw new BadUserInputError(field, `"${field}" must be a whole number; got ${JSON.stringify(c)}.`);
  return Number(c);
}

export function transferFromCsv(row: Record<string, string>): { id: string; transfer: RecordTransferInput } {
  const id =
    cell(row.id) ??
    v5(
      [...KEY_COLUMNS, ...(hasFigures(row) ? FIGURE_COLUMNS : [])].map((c) => row[c] ?? '').join('\u0001'),
      CSV_NAMESPACE,
    );
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
    throw new BadUserInputError('id', '"id" must be a UUID.');
  const chain =
    cell(row.chain)
      ?.split('>')
      .map((s) => s.trim())
      .filter(Boolean) ?? [];
  const { delivered, figures } = figuresFromRecord(row);
  return {
    id,
    transfer: {
      supplier: cell(row.supplier) ?? '',
      recipient: cell(row.recipient) ?? '',
      intermediary: cell(row.intermediary),
      originCountry: cell(row.origin_country),
      category: cell(row.category) as RecordTransferInput['category'],
      item: row.item ?? '',
      designation: cell(row.designation),
      quantity: {
        min: int('quantity_min', row.quantity_min),
        max: int('quantity_max', row.quantity_max),
        text: cell(row.quantity_text),
        delivered,
      },
      ...figures,
      status: cell(row.status) as RecordTransferInput['status'],
      period: { start: cell(row.period_start), end: cell(row.period_end) },
      context: cell(row.context),
      citations: [
        {
          source: cell(row.source) ?? '',
          quote: row.quote ?? '',
          chain,
          stance: (cell(row.stance) as Stance | null) ?? undefined,
          credibility: int('credibility', row.credibility) ?? undefined,
          attributedTo: cell(row.attributed_to),
          attribution: cell(row.attribution),
          locator: cell(row.locator),
        },
      ],
    },
  };
}
