/**
 * CSV records over numbered lines, with the physical line each record starts and ends on. Our own
 * reader rather than csv-parse's, whose line counter counts a stray carriage return as a line and
 * then drifts (seen in SIPRI's register), and whose records cannot be rejoined by the caller when
 * an export broke one across two lines. RFC 4180 quoting, relaxed as spreadsheets write it: a
 * quote opens a quoted field only at the start of a field (`5" gun` is text), `""` inside quotes
 * is a quote, and a line break inside quotes continues the record.
 */
export interface CsvRow {
  /** the physical line the record starts on (1 = the file's first line) */
  line: number;
  /** the physical line it ends on */
  lastLine: number;
  cells: string[];
  /** the record's text as written in the file, its lines joined by a line feed */
  text: string;
  /** the file ended inside a quoted field */
  unterminated?: boolean;
}

export async function* csvRows(lines: AsyncIterable<string>, firstLineNumber = 1): AsyncGenerator<CsvRow> {
  let number = firstLineNumber - 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let start = 0;
  let text: string[] = [];
  for await (const line of lines) {
    number++;
    if (!quoted) {
      start = number;
      text = [];
      cells = [];
      cell = '';
    }
    text.push(line);
    let fieldStart = !quoted;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c !== '"') cell += c;
        else if (line[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else if (c === ',') {
        cells.push(cell);
        cell = '';
        fieldStart = true;
        continue;
      } else if (c === '"' && fieldStart) quoted = true;
      else cell += c;
      fieldStart = false;
    }
    if (quoted) {
      cell += '\n';
      continue;
    }
    cells.push(cell);
    yield { line: start, lastLine: number, cells, text: text.join('\n') };
  }
  if (quoted) {
    cells.push(cell);
    yield { line: start, lastLine: number, cells, text: text.join('\n'), unterminated: true };
  }
}
