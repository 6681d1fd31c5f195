import countries from 'world-countries';
import type { Random } from './random';

/**
 * A real country code for each synthetic state, so that maps and regions have places to draw:
 * state i takes the i-th of the world's 250 countries and territories by area (the largest
 * first); states beyond the 250th have none (no two states share a place). Armed groups and
 * companies are based in a state each.
 */
const COUNTRY_CODES = [...countries].sort((a, b) => b.area - a.area || a.cca3.localeCompare(b.cca3)).map((c) => c.cca3);
export const stateCountry = (i: number): string | null => COUNTRY_CODES[i - 1] ?? null;
export const baseState = (i: number, size: { states: number }) => 1 + ((i * 7) % size.states);

/**
 * SIPRI-like trend-indicator values for seven transfers in ten (drawn apart from the rest of the
 * transfer, so the other fields are what they always were): a value per unit, the order's, and
 * what of it had been delivered.
 */
export function tivOf(r: Random, units: number): Record<string, number | null> {
  if (!r.chance(0.7)) return { tiv_per_unit: null, tiv_order: null, tiv_delivered: null };
  const perUnit = Math.round((0.1 + r.int(400) / 10) * 100) / 100;
  const order = Math.round(perUnit * Math.min(units, 60) * 100) / 100;
  return { tiv_per_unit: perUnit, tiv_order: order, tiv_delivered: Math.round(order * r.int(11)) / 10 };
}
