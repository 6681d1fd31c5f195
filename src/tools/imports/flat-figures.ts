import { BadUserInputError } from '../../core/errors/errors';
import type { TransferCondition, UncertainFigure } from '../../domain/claims/transfer-figures';

/** The columns in which exports write a transfer's dataset figures, and imports read them back. */
export const FIGURE_COLUMNS = [
  'quantity_delivered',
  'delivery_years',
  'condition',
  'uncertain',
  'tiv_per_unit',
  'tiv_order',
  'tiv_delivered',
] as const;

type Flat = Record<string, unknown>;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function number(record: Flat, column: string, integer: boolean): number | null {
  const v = record[column];
  if (blank(v)) return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw new BadUserInputError(
      column,
      `"${column}" must be a ${integer ? 'whole ' : ''}number; got ${JSON.stringify(v)}.`,
    );
  return n;
}

const list = (record: Flat, column: string): string[] | null =>
  blank(record[column])
    ? null
    : String(record[column])
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);

/**
 * A transfer's dataset figures from a flat record (a CSV row or a JSON Lines document): years and
 * flags joined by ";", TIV as numbers. Absent columns are absent figures; the write checks the rest.
 */
export function figuresFromRecord(record: Flat) {
  const years = list(record, 'delivery_years');
  return {
    delivered: number(record, 'quantity_delivered', true),
    figures: {
      condition: blank(record.condition) ? null : (String(record.condition).trim() as TransferCondition),
      deliveryYears: years?.map((y) => number({ y }, 'y', true)!) ?? null,
      uncertain: (list(record, 'uncertain') as UncertainFigure[] | null) ?? null,
      tiv: {
        perUnit: number(record, 'tiv_per_unit', false),
        order: number(record, 'tiv_order', false),
        delivered: number(record, 'tiv_delivered', false),
      },
    },
  };
}

/** Whether a record gives any figure (a natural key of older files must not change when none is). */
export const hasFigures = (record: Flat): boolean => FIGURE_COLUMNS.some((c) => !blank(record[c]));
