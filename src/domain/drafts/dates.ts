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
  const parse = (instant: Date) => chrono.en.parse(sentence, { instant, timezone: 0 }, { forwardDate: false });
  const results = parse(ref ?? FIRST_REFERENCE);
  // a date is relative when another reference instant gives another date ("last week", "on Monday")
  const again = parse(OTHER_REFERENCE);
  const relative = (r: chrono.ParsedResult) =>
    again
      .find((x) => x.index === r.index)
      ?.start.date()
      .getTime() !==
    parse(FIRST_REFERENCE)
      .find((x) => x.index === r.index)
      ?.start.date()
      .getTime();
  const found: DateFound[] = [];
  const unresolved: string[] = [];
  const dateline = DATELINE.exec(sentence)?.[0].length ?? 0;
  for (const r of results) {
    if (r.index < dateline || SPEECH_BEFORE.test(sentence.slice(0, r.index))) continue;
    if (!ref && relative(r)) {
      unresolved.push(r.text);
      continue;
    }
    found.push({
      period: periodOf(r, ref),
      text: r.text,
      start: offset + r.index,
      end: offset + r.index + r.text.length,
    });
  }
  return { found: joinRanges(sentence, offset, found), unresolved };
}

/** "between March and May 2023": two dates joined by "and", "to" or a dash are one period, in the year the second gives. */
function joinRanges(sentence: string, offset: number, found: DateFound[]): DateFound[] {
  const out: DateFound[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    const gap = prev ? sentence.slice(prev.end - offset, f.start - offset) : '';
    if (prev && /^\s*(?:and|to|through|until|-|–)\s*$/.test(gap) && f.period.start && prev.period.start) {
      const year = /\b\d{4}\b/.test(prev.text) ? prev.period.start.slice(0, 4) : f.period.start.slice(0, 4);
      out[out.length - 1] = {
        period: { start: `${year}${prev.period.start.slice(4)}`, end: f.period.end ?? f.period.start },
        text: sentence.slice(prev.start - offset, f.end - offset),
        start: prev.start,
        end: f.end,
      };
    } else out.push(f);
  }
  return out;
}

const FIRST_REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
const OTHER_REFERENCE = new Date(Date.UTC(2011, 6, 15, 12));

/** A chrono result as a period, looking back from the publication date for a past event. */
function periodOf(r: chrono.ParsedResult, ref: Date | null): DraftPeriodValue {
  const c = r.start;
  const d = c.date();
  if (/\b(?:last|this|next|past)\s+week\b/i.test(r.text)) {
    const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
    return { start: day(monday), end: day(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  // "between March and May 2023": the start takes the end's year
  const endYear = r.end?.isCertain('year') && !c.isCertain('year') ? r.end.get('year') : null;
  let start = precise(c, endYear);
  let end = r.end ? precise(r.end, null) : null;
  const future = /\b(?:next|coming|upcoming|by)\b/i.test(r.text);
  if (ref && !future && !c.isCertain('year') && start > day(ref)) {
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      // "on Friday" said on a Wednesday: the Friday before
      const back = new Date(c.date().getTime() - 7 * 86_400_000);
      start = day(back);
    } else if (c.isCertain('month') && !c.isCertain('day')) {
      // "in December" reported in March: the December before
      const y = Number(start.slice(0, 4)) - 1;
      start = `${y}${start.slice(4)}`;
      end = end && `${Number(end.slice(0, 4)) - 1}${end.slice(4)}`;
    }
  }
  return { start, end };
}

/** As precise as the words were: a day, a month or a year. */
function precise(c: chrono.ParsedComponents, year: number | null): string {
  const d = c.date();
  const y = year ?? c.get('year') ?? d.getUTCFullYear();
  const m = c.get('month') ?? d.getUTCMonth() + 1;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m)}-${pad(c.get('day') ?? d.getUTCDate())}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  return String(y);
}
