import { normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    ['North Korea', 'north korea'],
    ['north-korea', 'north korea'],
    ['  NORTH   korea ', 'north korea'],
    ['D.P.R.K.', 'dprk'],
    ["Donetsk People's Republic", 'donetsk peoples republic'],
    ['Donetsk People’s Republic', 'donetsk peoples republic'],
    ['Syrïa', 'syria'],
    ['Türkiye', 'turkiye'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['US/USA', 'us usa'],
    ['100%_', '100'],
    ['Российская Федерация', 'российская федерация'],
  ])('%s → %s', (input, expected) => expect(normalizeName(input)).toBe(expected));
});
