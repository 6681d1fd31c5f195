import codes from 'i18n-iso-countries/codes.json';
import { enumLabel } from '../../src/core/util/enum-labels';
import { filterParams } from '../view-state';
import type { Filters } from '../view-state';

/** How the dossier writes its figures, dates, countries and filters. Pure: no DOM. */

export const count = (n: number) => n.toLocaleString('en');

/** A TIV sum (millions of TIV), rounded as SIPRI publishes them. */
export const tiv = (n: number | null) =>
  n === null ? '—' : n.toLocaleString('en', { maximumFractionDigits: n < 10 ? 1 : 0 });

export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

/** "2022–2024", "2022-08", "from 2022", "undated". */
export function periodText(start: string | null, end: string | null): string {
  const [a, b] = [start?.slice(0, 4) ?? null, end?.slice(0, 4) ?? null];
  if (a && b) return a === b ? a : `${a}–${b}`;
  if (a) return `from ${a}`;
  if (b) return `until ${b}`;
  return 'undated';
}

export const verdictText = (v: string) => enumLabel(v);

const ALPHA2 = new Map((codes as string[][]).map(([alpha2, alpha3]) => [alpha3, alpha2]));
/** Kosovo's code in the knowledge base, which ISO leaves to user assignment. */
ALPHA2.set('XKX', 'XK');

/** A country's English name from its ISO alpha-3 code ("PRK" → "North Korea"), with the code. */
export function countryText(code: string): string {
  const alpha2 = ALPHA2.get(code);
  let name: string | undefined;
  try {
    name = alpha2 ? new Intl.DisplayNames(['en'], { type: 'region' }).of(alpha2) : undefined;
  } catch {
    name = undefined;
  }
  return name && name !== alpha2 ? `${name} (${code})` : code;
}

/** The view's years and claim filters in words, for the page and its print. */
export function filtersText(f: Filters): string {
  const years = f.from || f.to ? `${f.from ?? 'the first year'} to ${f.to ?? 'the last'}` : 'all years';
  const rest = filterParams(f)
    .filter(([k]) => k !== 'from' && k !== 'to')
    .map(([k, v]) =>
      k === 'minIndependentVoices'
        ? `at least ${v} independent voices`
        : `${k}: ${v.split(',').map(enumLabel).join(', ')}`,
    );
  return [years, ...rest].join('; ');
}

/** A filter object as an export's query parameters (lists comma-separated, as the exports read them). */
export function exportHref(file: string, filter: Record<string, unknown>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) {
    if (v === null || v === undefined) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const q = p.toString();
  return `/export/${file}${q ? `?${q}` : ''}`;
}
