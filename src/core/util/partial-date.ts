/**
 * A PartialDate is a date known to the year ("2022"), the month ("2022-08") or the day
 * ("2022-08-15"). It covers an interval of days, stored beside it so that range filters and
 * sorting run on indexed ISO strings: 2022-08 covers 2022-08-01 … 2022-08-31.
 */
export interface DateInterval {
  /** first day covered, YYYY-MM-DD */
  readonly lo: string;
  /** last day covered, YYYY-MM-DD */
  readonly hi: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The interval a PartialDate covers, or null when the text is not a valid PartialDate. */
export function partialDateInterval(text: string): DateInterval | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) return { lo: `${m[1]}-01-01`, hi: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { lo: `${m[1]}-${m[2]}-01`, hi: `${m[1]}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { lo: text, hi: text };
}

export function isPartialDate(text: string): boolean {
  return partialDateInterval(text) !== null;
}

/**
 * The interval of a period given by an optional start and end PartialDate: from the first day of
 * the start to the last day of the end. A period with only one bound covers that bound's interval
 * ("delivered in August 2022" is start 2022-08, no end). Null when neither bound is known.
 */
export function periodInterval(start: string | null, end: string | null): DateInterval | null {
  const s = start ? partialDateInterval(start) : null;
  const e = end ? partialDateInterval(end) : null;
  if (!s && !e) return null;
  return { lo: (s ?? e)!.lo, hi: (e ?? s)!.hi };
}
