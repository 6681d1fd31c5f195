import * as chrono from 'chrono-node';
import { partialDate } from '../../core/util/validate';

export interface DraftPeriodValue {
  start: string | null;
  end: string | null;
}

export interface DateFound {
  period: DraftPeriodValue;
  text: string;
  start: number;
  end: number;
}

// A date right after a verb of saying dates the statement, not the transfer: "said last week".
const SPEECH_BEFORE =
  /\b(?:said|says|told|announced|confirmed|reported|stated|added|claimed|wrote|tweeted|posted|disclosed|revealed|denied|briefing|statement|interview|conference)\s*(?:\w+\s+)?$/i;

// A dateline dates the report, not its claims: "DAMASCUS, March 6 (Reuters) -", "KYIV, July 14 —".
export const DATELINE =
  /^[\p{Lu}][\p{Lu} .'’-]+,\s+(?:[\p{L}.]+\s+\d{1,2}|\d{1,2}\s+[\p{L}.]+)(?:,?\s+\d{4})?\s*(?:\([^)]*\)\s*)?[-–—]/u;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** The reference instant of a PartialDate ("2022-09-06", "2022-09", "2022"): its first day, at noon UTC. */
export function referenceDate(publishedOn: string | null): Date | null {
  if (!publishedOn) return null;
  const interval = partialDate('publishedOn', publishedOn);
  return interval ? new Date(`${interval.lo}T12:00:00Z`) : null;
}

/**
 * The dates of a sentence as PartialDates, found by chrono-node and resolved against the
 * publication date: "in August" is the last August before it ("2022-08"), "on Monday" a day,
 * "last week" the seven days of that week. A relative date with no publication date to resolve
 * it is left out (it is named in the draft's reasons); a date that dates a statement
 * ("said last week") is not the transfer's.
 */
export function datesIn(
  sentence: string,
  offset: number,
  publishedOn: string | null,
): { found: DateFound[]; unresolved: string[] } {
  const ref = referenceDate(publishedOn);
  const results = chrono.en.parse(
    sentence,
    { instant: ref ?? new Date(Date.UTC(2000, 0, 1)), timezone: 0 },
    { forwardDate: false },
  );
  const found: DateFound[] = [];
  const unresolved: string[] = [];
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  for (const r of results) {
    if (r.index < dateline || SPEECH_BEFORE.test(sentence.slice(0, r.index))) continue;
    const c = r.start;
    const certainYear = c.isCertain('year');
    if (!ref && !certainYear) {
      unresolved.push(r.text);
      continue;
    }
    const d = c.date();
    const week = /\b(?:last|this|next|past)\s+week\b/i.test(r.text);
    let period: DraftPeriodValue;
    if (week) {
      const monday = new Date(
        Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)),
      );
      const sunday = new Date(monday.getTime() + 6 * 86_400_000);
      period = { start: day(monday), end: day(sunday) };
    } else if (r.end) {
      period = { start: precise(r.start), end: precise(r.end) };
    } else {
      period = { start: precise(c), end: null };
    }
    if (period.start && ref && period.start > day(ref) && !/\b(?:next|coming|upcoming|by)\b/i.test(r.text)) {
      // a past event reported after the fact: chrono's nearest month may lie ahead; take the year before
      const y = Number(period.start.slice(0, 4)) - 1;
      if (!certainYear)
        period = { start: `${y}${period.start.slice(4)}`, end: period.end && `${y}${period.end.slice(4)}` };
    }
    found.push({ period, text: r.text, start: offset + r.index, end: offset + r.index + r.text.length });
  }
  return { found, unresolved };
}

/** As precise as the words were: a day, a month or a year. */
function precise(c: chrono.ParsedComponents): string {
  const d = c.date();
  const y = c.get('year') ?? d.getUTCFullYear();
  const m = c.get('month') ?? d.getUTCMonth() + 1;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m)}-${pad(c.get('day') ?? d.getUTCDate())}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  return String(y);
}
