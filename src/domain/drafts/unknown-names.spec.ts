import { NameIndex } from './actor-names';
import { draftText } from './drafter';

/** Names the knowledge base does not know are parties in the text's words, with no actor. */
const names = new NameIndex([{ id: 'russia', key: 'russia', actorName: 'Russia', kind: 'STATE', name: 'Russia' }]);
const parties = (text: string) =>
  draftText(text, names, null).map((d) => [
    (d.supplier ?? d.recognizer)?.text,
    (d.recipient ?? d.recognized)?.text ?? null,
    (d.recipient ?? d.recognized)?.actor ?? null,
  ]);

describe('unknown names', () => {
  it('keeps a direction that starts a name, and drops sentence openers', () => {
    expect(parties('Russia recognised Abkhazia and South Ossetia in 2008.')).toEqual([
      ['Russia', 'Abkhazia', null],
      ['Russia', 'South Ossetia', null],
    ]);
    expect(parties('Separately, Russia sent rifles to the Zeta Brigade.')).toEqual([['Russia', 'Zeta Brigade', null]]);
  });

  it('takes no place, model or adjective for a party', () => {
    expect(parties('Russia delivered drones to Goma airport.')).toEqual([['Russia', null, null]]);
    expect(parties('Russia sold Hangor-class submarines to a European navy.')).toEqual([['Russia', null, null]]);
  });
});
