import { csvLines, safeCell } from './csv';

describe('safeCell', () => {
  it.each<[unknown, unknown]>([
    ['=1+1', "'=1+1"],
    ['+33 1 23', "'+33 1 23"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', "'\rreturn"],
    ['plain', 'plain'],
    [-2, -2],
    [true, 'true'],
    [null, null],
  ])('%j → %j', (input, output) => expect(safeCell(input)).toEqual(output));
});

describe('csvLines', () => {
  it('quotes commas, quotes and newlines, ends records with CRLF', () => {
    expect(csvLines(['a', 'b'], [{ a: 'x,y', b: 'say "hi"\nthere' }], true)).toBe(
      'a,b\r\n"x,y","say ""hi""\nthere"\r\n',
    );
  });
});
