import { stat } from 'node:fs/promises';
import { csvRows } from './csv-rows';
import type { CsvRow } from './csv-rows';
import { BadUserInputError } from '../../core/errors/errors';
import { detectEncoding, physicalLines } from './text-file';
import type { TextEncoding } from './text-file';

/**
 * SIPRI's trade register exactly as its Arms Transfers Database exports it: Latin-1 (or UTF-8)
 * text; note lines above the header (a title, explanations, a blank line, "Source: SIPRI Arms
 * Transfers Database (c) SIPRI.", "Data generated: 13 Mar 2025 10:02:49 AM"); a header whose three
 * uncertainty-flag columns have no name (written as a single space, or empty); and a few records
 * the export breaks across two lines with a bare line break before the TIV columns.
 */
export const SIPRI_COLUMNS = [
  'Recipient',
  'Supplier',
  'Year of order',
  '',
  'Number ordered',
  '',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  '',
  'Year(s) of delivery',
  'status',
  'Comments',
] as const;

/** The trend-indicator value columns that newer exports add after the comments. */
export const SIPRI_TIV_COLUMNS = ['SIPRI TIV per unit', 'SIPRI TIV for total order', 'SIPRI TIV of delivered weapons'];

/** How far down the header may be: SIPRI's exports have 11 note lines above it. */
const MAX_PREAMBLE_LINES = 60;

export interface SipriRegister {
  encoding: TextEncoding;
  /** the day SIPRI generated the file (ISO date), from the notes above the header */
  release: string | null;
  /** the register's deals, one row each (a record broken across two lines is whole again) */
  rows: AsyncGenerator<CsvRow>;
  /** how much of the file has been read, from 0 to 1 */
  progress(): number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The release date in the notes: "Data generated: 13 Mar 2025 10:02:49 AM" (current exports),
 * "Information generated: 11 March 2024" (older ones), or an ISO date after either.
 */
export function sipriRelease(notes: string): string | null {
  const m = /\b(?:data|information|date)\s+generated\s*:?\s*([^\n]+)/i.exec(notes);
  if (!m) return null;
  const text = m[1].trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dmy = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})\b/i.exec(text);
  const mdy = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(text);
  const parts = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : null;
  if (!parts) return null;
  const [day, month, year] = parts;
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (index < 0 || Number(day) < 1 || Number(day) > 31) return null;
  return `${year}-${String(index + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const norm = (s: string) => s.trim().toLowerCase();
const shown = (cells: readonly string[]) => cells.map((c) => (c.trim() === '' ? '(blank)' : c.trim())).join(',');

/** Whether a row is SIPRI's header, and if it is not quite, what differs. */
export function checkHeader(cells: readonly string[]): { width: number } | { problem: string } {
  const expected = [...SIPRI_COLUMNS, ...SIPRI_TIV_COLUMNS];
  const width = cells.length >= expected.length ? expected.length : SIPRI_COLUMNS.length;
  const at = expected.slice(0, width).findIndex((name, i) => norm(cells[i] ?? '') !== norm(name));
  if (at < 0 && (cells.length === width || cells.slice(width).every((c) => c.trim() === ''))) return { width };
  const where =
    at >= 0
      ? `column ${at + 1} is ${JSON.stringify(cells[at] ?? '')} where ${expected[at] ? JSON.stringify(expected[at]) : 'a blank flag column'} was expected`
      : `it has ${cells.length} columns where ${width} were expected`;
  return {
    problem: `The SIPRI header was not recognised: ${where}. Found: ${shown(cells)}. Expected: ${shown(expected)} (the last three, the TIV columns, may be absent).`,
  };
}

const isBlank = (row: CsvRow) => row.cells.every((c) => c.trim() === '');

/**
 * Rows of `width` cells. A row that is short, followed by one that makes up the difference, is
 * one record the export broke in two: if the continuation's first cell is the rest of the broken
 * cell (the two add up to `width` + 1 cells), the two halves of that cell are joined with a space.
 */
async function* wholeRecords(rows: AsyncGenerator<CsvRow>, width: number): AsyncGenerator<CsvRow> {
  let held: CsvRow | null = null;
  for await (const row of rows) {
    if (isBlank(row)) continue;
    if (held) {
      const a = held;
      held = null;
      const n = a.cells.length + row.cells.length;
      if (n === width + 1 || n === width) {
        const cells =
          n === width + 1
            ? [
                ...a.cells.slice(0, -1),
                [a.cells.at(-1)!, row.cells[0]].filter((c) => c.trim()).join(' '),
                ...row.cells.slice(1),
              ]
            : [...a.cells, ...row.cells];
        yield { line: a.line, lastLine: row.lastLine, cells, text: `${a.text}\n${row.text}` };
        continue;
      }
      yield a;
    }
    if (row.cells.length < width && !row.unterminated) held = row;
    else yield row;
  }
  if (held) yield held;
}

/**
 * Opens a register: detects the encoding, reads the notes (and the release date in them), checks
 * the header and streams the rows. Not a register (no "Recipient,Supplier" row near the top), or
 * an unrecognised header: refused, naming the line and what was found.
 */
export async function openSipriRegister(path: string): Promise<SipriRegister> {
  const encoding = await detectEncoding(path);
  const size = (await stat(path)).size;
  const read = { bytes: 0 };
  const rows = csvRows(physicalLines(path, encoding, read));
  const progress = () => (size ? Math.min(1, read.bytes / size) : 1);
  const notes: string[] = [];
  for (;;) {
    const next = await rows.next();
    if (next.done || next.value.line > MAX_PREAMBLE_LINES) {
      await rows.return(undefined);
      throw new BadUserInputError(
        'file',
        `Not a dump, claims JSON Lines, a transfers CSV or a SIPRI trade register (no "Recipient,Supplier,…" header row in the first ${MAX_PREAMBLE_LINES} lines).`,
      );
    }
    const row = next.value;
    if (norm(row.cells[0] ?? '') === 'recipient' && norm(row.cells[1] ?? '') === 'supplier') {
      const header = checkHeader(row.cells);
      if ('problem' in header) {
        await rows.return(undefined);
        throw new BadUserInputError('header', `Line ${row.line}: ${header.problem}`);
      }
      return {
        encoding,
        release: sipriRelease(notes.join('\n')),
        rows: wholeRecords(rows, header.width),
        progress,
      };
    }
    notes.push(row.text);
  }
}
