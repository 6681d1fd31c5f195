import { textBlocks, textRuns } from './text-marks';

describe('the draft text cut into marked runs', () => {
  const text = 'One. Russia bought drones, officials believe. Three.';
  const s = text.indexOf('Russia');
  const e = text.indexOf(' Three');

  it('marks a sentence and, inside it, the reasons (overlapping ones included)', () => {
    const runs = textRuns(text, [
      { draft: 'd1', start: s, end: e },
      { draft: 'd1', start: text.indexOf('bought'), end: text.indexOf('bought') + 6, role: 'VERB' },
      { draft: 'd1', start: text.indexOf('officials'), end: e - 1, role: 'ATTRIBUTION' },
      { draft: 'd1', start: text.indexOf('believe'), end: text.indexOf('believe') + 7, role: 'HEDGE' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.find((r) => r.text === 'bought')).toMatchObject({ sentenceOf: ['d1'], roles: ['VERB'] });
    expect(runs.find((r) => r.text === 'believe')).toMatchObject({ roles: ['ATTRIBUTION', 'HEDGE'] });
    expect(runs.find((r) => r.text === 'officials ')).toMatchObject({ roles: ['ATTRIBUTION'], reasonOf: ['d1'] });
    expect(runs[0]).toMatchObject({ text: 'One. ', sentenceOf: [], roles: [] });
  });

  it('groups runs into one block per sentence, shared by the drafts it made', () => {
    const blocks = textBlocks(text, [
      { draft: 'd1', start: s, end: e },
      { draft: 'd2', start: s, end: e },
      { draft: 'd2', start: text.indexOf('drones'), end: text.indexOf('drones') + 6, role: 'QUANTITY' },
    ]);
    expect(blocks.map((b) => b.sentenceOf)).toEqual([[], ['d1', 'd2'], []]);
    expect(blocks[1].runs.map((r) => r.text).join('')).toBe(text.slice(s, e));
  });

  it('ignores ranges outside the text', () => {
    expect(textRuns('abc', [{ draft: 'x', start: 2, end: 9 }]).map((r) => r.text)).toEqual(['abc']);
  });
});
