import { csvRows } from './csv-rows';
import type { CsvRow } from './csv-rows';

async function rows(text: string): Promise<CsvRow[]> {
  async function* lines() {
    yield* text.split('\n');
  }
  const out: CsvRow[] = [];
  for await (const row of csvRows(lines())) out.push(row);
  return out;
}

describe('csvRows', () => {
  it('numbers records by the physical line they start on, a stray CR being text', async () => {
    const out = await rows('a,b\nc,d\re\n"multi\nline",x\nlast,row');
    expect(out.map((r) => [r.line, r.lastLine, r.cells])).toEqual([
      [1, 1, ['a', 'b']],
      [2, 2, ['c', 'd\re']],
      [3, 4, ['multi\nline', 'x']],
      [5, 5, ['last', 'row']],
    ]);
    expect(out[2].text).toBe('"multi\nline",x');
  });

  it('reads quotes as spreadsheets write them', async () => {
    const out = await rows('"a ""quoted"" word",12" x 2,"",end');
    expect(out[0].cells).toEqual(['a "quoted" word', '12" x 2', '', 'end']);
  });

  it('keeps empty cells and lines', async () => {
    expect((await rows(',, ,\n')).map((r) => r.cells)).toEqual([['', '', ' ', ''], ['']]);
  });

  it('says so when the file ends inside a quoted cell', async () => {
    const out = await rows('ok,1\n"never closed,2\nmore');
    expect(out.map((r) => [r.line, r.unterminated ?? false])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
