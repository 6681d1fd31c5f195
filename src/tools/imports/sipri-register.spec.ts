import { checkHeader, sipriRelease } from './sipri-register';

describe('the notes above the header', () => {
  it.each([
    ['Data generated: 13 Mar 2025 10:02:49 AM', '2025-03-13'],
    ['Information generated: 11 March 2024', '2024-03-11'],
    ['Data generated: 2023-03-13', '2023-03-13'],
    ['Data generated: March 13, 2023', '2023-03-13'],
    ['Source: SIPRI Arms Transfers Database (c) SIPRI.', null],
    ['Data generated: soon', null],
  ])('%s dates the release %s', (line, date) => {
    expect(sipriRelease(`Title\n\n${line}\n`)).toBe(date);
  });
});

describe('the header', () => {
  const sipri =
    'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';

  it('is recognised with space flag columns, blank ones, or without the TIV columns', () => {
    expect(checkHeader(sipri.split(','))).toEqual({ width: 16 });
    expect(checkHeader(sipri.replace(/, ,/g, ',,').split(','))).toEqual({ width: 16 });
    expect(checkHeader(sipri.split(',').slice(0, 13))).toEqual({ width: 13 });
    expect(checkHeader(sipri.toUpperCase().split(','))).toEqual({ width: 16 });
  });

  it('when it differs, the message shows the column at fault, what was found and what was expected', () => {
    const found = sipri.replace('Number ordered', 'Ordered').split(',');
    const result = checkHeader(found) as { problem: string };
    expect(result.problem).toContain('column 5 is "Ordered" where "Number ordered" was expected');
    expect(result.problem).toContain('Found: Recipient,Supplier,Year of order,(blank),Ordered,(blank),');
    expect(result.problem).toContain('Expected: Recipient,Supplier,Year of order,(blank),Number ordered,(blank),');
  });
});
