import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NameIndex } from './actor-names';
import { draftText } from './drafter';
import { HEDGING } from './hedging';
import { NOMINAL } from './hedging-nouns';

/** The hedging table, as documented: one example per wording, drafted with a knowledge base of three states. */
const names = new NameIndex(
  [
    ['iran', 'Iran', ['Iranian', 'Tehran']],
    ['russia', 'Russia', ['Russian', 'Moscow']],
    ['north-korea', 'North Korea', ['North Korean', 'Pyongyang']],
  ].flatMap(([key, name, aliases]) =>
    [name as string, ...(aliases as string[])].map((n) => ({
      id: key as string,
      key: key as string,
      actorName: name as string,
      kind: 'STATE',
      name: n,
    })),
  ),
);

const one = (sentence: string) => {
  const drafts = draftText(sentence, names, '2022-09-06');
  expect(drafts).toHaveLength(1);
  const [d] = drafts;
  return [d.supplier?.actor?.key, d.recipient?.actor?.key, d.category, d.status, d.stance, d.credibility];
};

describe('the hedging table', () => {
  it.each<[string, string, number]>([
    ['The North Koreans have hinted interest in sending shells to Russia.', 'PROPOSED', 2],
    ['Iran is considering selling missiles to Russia.', 'PROPOSED', 2],
    ['Iran offered to supply drones to Russia.', 'PROPOSED', 2],
    ['Russia could look to purchase additional North Korean shells.', 'PROPOSED', 3],
    ['Iran could send missiles to Russia.', 'PROPOSED', 3],
    ['Iran is preparing to provide drones to Russia.', 'PLANNED', 2],
    ['Iran will send drones to Russia.', 'PLANNED', 2],
    ['Iran plans to deliver missiles to Russia.', 'PLANNED', 2],
    ['Iran has pledged to supply drones to Russia.', 'PLANNED', 2],
    ['Russia agreed to buy drones from Iran.', 'ORDERED', 2],
    ['Russia signed a contract to buy drones from Iran.', 'ORDERED', 2],
    ['Russia is in the process of buying shells from North Korea.', 'IN_PROGRESS', 2],
    ['Iran has begun delivering drones to Russia.', 'IN_PROGRESS', 2],
    ['Iran is shipping drones to Russia.', 'IN_PROGRESS', 2],
    ['Russia took delivery of Iranian drones.', 'DELIVERED', 2],
    ['Iranian drones were delivered to Moscow’s navy.', 'DELIVERED', 2],
    ['Russia has obtained drones from Iran.', 'DELIVERED', 2],
    ['Iran sent drones to Russia.', 'DELIVERED', 2],
    ['Iran is believed to have sent drones to Russia.', 'DELIVERED', 3],
    ['Iran could have sent drones to Russia.', 'DELIVERED', 4],
  ])('%s → %s', (sentence, status, credibility) => {
    const [supplier, recipient, , got, stance, cred] = one(sentence);
    expect([supplier, recipient, got, stance, cred]).toEqual([
      sentence.includes('North Korea') ? 'north-korea' : 'iran',
      'russia',
      status,
      'SUPPORTS',
      credibility,
    ]);
  });

  it('reads a denial as DISPUTES, and drafts nothing from claims merely mentioned', () => {
    expect(one('Tehran denied accusations of supplying drones to Russia.').slice(3, 5)).toEqual([
      'DELIVERED',
      'DISPUTES',
    ]);
    expect(one('Iran has not sent missiles to Russia.').slice(3, 5)).toEqual(['DELIVERED', 'DISPUTES']);
    for (const s of [
      'Will Iran send missiles to Russia?',
      'If Iran were to send missiles to Russia, it would face sanctions.',
      'The EU warned Iran against supplying missiles to Russia.',
      'Officials urged Tehran not to send missiles to Russia.',
    ])
      expect(draftText(s, names, '2022-09-06')).toEqual([]);
  });

  it('is documented: every wording of the table is in docs/drafting.md with its status', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'drafting.md'), 'utf8');
    for (const { rule } of HEDGING) expect(doc).toContain(`| ${rule.wording} | ${rule.status} | ${rule.credibility} |`);
    for (const n of NOMINAL) expect(doc).toContain(`| ${n.wording} | ${n.status} |`);
  });
});
