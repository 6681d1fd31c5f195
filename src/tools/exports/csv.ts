import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return)
 * gets a leading apostrophe, the usual neutralisation (OWASP "CSV injection"). Numbers stay numbers.
 * Cells holding a semicolon or a tab are quoted (see csvLines).
 */
export function safeCell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const s = String(value);
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** RFC 4180 lines (CRLF) for these records, with the header when asked. */
export function csvLines(
  columns: readonly string[],
  records: readonly Record<string, unknown>[],
  withHeader: boolean,
): string {
  return stringify(
    records.map((r) => columns.map((c) => safeCell(r[c]))),
    {
      header: withHeader,
      columns: columns.map((c) => ({ key: String(columns.indexOf(c)), header: c })),
      record_delimiter: 'windows',
      // A spreadsheet in a semicolon (or tab) locale splits unquoted cells at ; — ";=1+1" would
      // become a formula cell: any cell holding a separator is quoted whole.
      quoted_match: /[;\t]/,
      eof: true,
    },
  );
}
