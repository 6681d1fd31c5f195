import { yearOf } from '../year-range';

/** How the map writes numbers, years and lists. Pure. */

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** A TIV figure: whole millions of TIV, or "—" when unknown. */
export const tivText = (tiv: number | null) => (tiv === null ? '—' : Math.round(tiv).toLocaleString('en'));

/** "1 of 2 deals without a TIV": a flow's deals without an order TIV, counted deal by deal. */
export const withoutTivText = (without: number, deals: number) =>
  `${without.toLocaleString('en')} of ${plural(deals, 'deal')} without a TIV`;

/** "2022", "2014–2023", or "undated". */
export function yearsText(start: string | null, end: string | null): string {
  const [a, b] = [yearOf(start), yearOf(end)];
  if (a === null && b === null) return 'undated';
  if (a === null || b === null || a === b) return String(a ?? b);
  return `${a}–${b}`;
}

/** "A, B and C", or "A, B and 4 more" past `max`. */
export function listText(names: string[], max = 3): string {
  if (names.length <= 1) return names.join('');
  const shown = names.length > max ? [...names.slice(0, max - 1), `${names.length - max + 1} more`] : names;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
