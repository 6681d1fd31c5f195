import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TransferCategory } from '../../domain/claims/claim-enums';
import { SIPRI_CATEGORY_TABLE, sipriCategoryOf } from './sipri-categories';

describe('SIPRI weapon descriptions to categories', () => {
  // The descriptions the keyword guess filed wrongly in a real register, and a few of each kind.
  it.each([
    ['anti-ship missile', TransferCategory.MISSILES_AND_ROCKETS],
    ['tank destroyer', TransferCategory.ARMOURED_VEHICLES],
    ['self-propelled AA gun', TransferCategory.AIR_DEFENCE],
    ['IFV', TransferCategory.ARMOURED_VEHICLES],
    ['aircraft engine', TransferCategory.ENGINES],
    ['turbofan', TransferCategory.ENGINES],
    ['air search radar', TransferCategory.SENSORS],
    ['anti-submarine torpedo', TransferCategory.NAVAL_WEAPONS],
    ['guided bomb', TransferCategory.MISSILES_AND_ROCKETS],
    ['portable SAM', TransferCategory.MISSILES_AND_ROCKETS],
    ['mobile SAM system', TransferCategory.AIR_DEFENCE],
    ['APC', TransferCategory.ARMOURED_VEHICLES],
    ['FGA aircraft', TransferCategory.AIRCRAFT],
    ['transport helicopter', TransferCategory.AIRCRAFT],
    ['armed UAV', TransferCategory.UAV],
    ['loitering munition', TransferCategory.UAV],
    ['self-propelled MRL', TransferCategory.ARTILLERY],
    ['frigate', TransferCategory.SHIPS],
    ['reconnaissance satellite', TransferCategory.SATELLITES],
    ['tank turret', TransferCategory.OTHER_MATERIEL],
  ])('%s is %s', (description, category) => {
    expect(sipriCategoryOf(description)).toBe(category);
  });

  it('ignores case and repeated spaces, and knows nothing it was not told', () => {
    expect(sipriCategoryOf('  Anti-Ship   Missile ')).toBe(TransferCategory.MISSILES_AND_ROCKETS);
    expect(sipriCategoryOf('frobnicator')).toBeNull();
    expect(sipriCategoryOf('')).toBeNull();
  });

  it('files each description once', () => {
    const keys = SIPRI_CATEGORY_TABLE.map(([d]) => d.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('is the table docs/sipri-register.md shows', () => {
    const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'sipri-register.md'), 'utf8');
    const shown = [...doc.matchAll(/^\| `([A-Z_]+)` \| (.+) \|$/gm)].flatMap((m) =>
      m[2].split(', ').map((d) => [d, m[1]]),
    );
    expect(shown).toEqual(SIPRI_CATEGORY_TABLE.map(([d, c]) => [d, c]));
  });
});
