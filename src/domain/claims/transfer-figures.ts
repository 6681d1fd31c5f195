import { registerEnumType } from 'type-graphql';
import { ARGUMENT } from '../../core/config/limits';
import { BadUserInputError } from '../../core/errors/errors';
import { oneOf } from '../../core/util/validate';

/**
 * What a dataset such as SIPRI's trade register records of a deal beyond who, what and when: the
 * condition of the weapons, every year of delivery, which figures it marks as uncertain, and its
 * trend-indicator values. Stored on the transfer (and its versions); all optional. Pure (no
 * decorated classes), so exports and imports can use it; the GraphQL types are in
 * transfer-figures.types.ts.
 */
export enum TransferCondition {
  NEW = 'NEW',
  SECOND_HAND = 'SECOND_HAND',
  SECOND_HAND_MODERNISED = 'SECOND_HAND_MODERNISED',
}

registerEnumType(TransferCondition, {
  name: 'TransferCondition',
  description: 'The condition of what was transferred.',
  valuesConfig: {
    NEW: { description: 'New.' },
    SECOND_HAND: { description: 'Second hand (used).' },
    SECOND_HAND_MODERNISED: { description: 'Second hand, modernised before the transfer.' },
  },
});

export enum UncertainFigure {
  ORDER_YEAR = 'ORDER_YEAR',
  QUANTITY_ORDERED = 'QUANTITY_ORDERED',
  QUANTITY_DELIVERED = 'QUANTITY_DELIVERED',
}

registerEnumType(UncertainFigure, {
  name: 'UncertainFigure',
  description: "A figure the source marks as uncertain (SIPRI's `?` flags).",
  valuesConfig: {
    ORDER_YEAR: { description: 'The year of order (the start of the period).' },
    QUANTITY_ORDERED: { description: 'How many were ordered (the quantity).' },
    QUANTITY_DELIVERED: { description: 'How many were delivered.' },
  },
});

/** TIV are stored exactly, as integers of millionths, so that sums are exact on both databases. */
export const TIV_SCALE = 1_000_000;
const MAX_TIV = 1e9;

function tiv(field: string, v: number | null | undefined): number | null {
  if (v === null || v === undefined) return null;
  const scaled = Math.round(v * TIV_SCALE);
  if (!Number.isFinite(v) || v < 0 || v > MAX_TIV || Math.abs(scaled - v * TIV_SCALE) > 1e-6)
    throw new BadUserInputError(
      field,
      `"${field}" must be a number from 0 to 1,000,000,000 with at most six decimals.`,
    );
  return scaled;
}

export const tivValue = (stored: number | string | null): number | null =>
  stored === null ? null : Number(stored) / TIV_SCALE;

/** The stored columns of the figures a write gives; only the fields given (`undefined` is untouched). */
export function figureColumns(input: {
  condition?: TransferCondition | null;
  deliveryYears?: number[] | null;
  uncertain?: UncertainFigure[] | null;
  tiv?: { perUnit?: number | null; order?: number | null; delivered?: number | null } | null;
}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (input.condition !== undefined)
    out.condition = input.condition === null ? null : oneOf('condition', input.condition, TransferCondition);
  if (input.deliveryYears !== undefined) {
    const years = [...new Set(input.deliveryYears ?? [])].sort((a, b) => a - b);
    if (years.length > ARGUMENT.maxListItems || years.some((y) => !Number.isInteger(y) || y < 1000 || y > 9999))
      throw new BadUserInputError(
        'deliveryYears',
        `"deliveryYears" must be at most ${ARGUMENT.maxListItems} years, each of four digits.`,
      );
    out.deliveryYears = years.length ? years.join(';') : null;
  }
  if (input.uncertain !== undefined) {
    const flags = [...new Set(input.uncertain ?? [])].map((f) => oneOf('uncertain', f, UncertainFigure));
    out.uncertain = flags.length
      ? Object.values(UncertainFigure)
          .filter((f) => flags.includes(f))
          .join(';')
      : null;
  }
  if (input.tiv !== undefined) {
    out.tivPerUnit = tiv('tiv.perUnit', input.tiv?.perUnit);
    out.tivOrder = tiv('tiv.order', input.tiv?.order);
    out.tivDelivered = tiv('tiv.delivered', input.tiv?.delivered);
  }
  return out;
}

/** How many were delivered: a non-negative integer (it may exceed the number ordered: options taken up). */
export function deliveredCount(delivered: number | null | undefined): number | null {
  if (delivered === null || delivered === undefined) return null;
  if (!Number.isSafeInteger(delivered) || delivered < 0)
    throw new BadUserInputError('quantity.delivered', '"quantity.delivered" must be a non-negative integer.');
  return delivered;
}
