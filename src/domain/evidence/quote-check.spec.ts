import { quoteOccursIn } from './quote-check';

const TEXT = 'the west’s “hegemonic policy” justifies — in its view —\n  military   action';

describe('quoteOccursIn', () => {
  it.each([
    ['exact', 'the west’s “hegemonic policy”', true],
    ['straight quotes for curly', `the west's "hegemonic policy"`, true],
    ['hyphen for em dash, folded spaces', 'justifies - in its view - military action', true],
    ['other case', 'THE WEST', true],
    ['a changed word', 'the east’s “hegemonic policy”', false],
    ['a word added', 'justifies military action', false],
    ['empty', '   ', false],
    ['part of a word at the start', 'est’s “hegemonic', false],
    ['part of a word at the end', 'the wes', false],
    ['a whole word', 'justifies', true],
    ['starting at punctuation', '“hegemonic policy”', true],
  ])('%s: %s', (_n, quote, ok) => expect(quoteOccursIn(quote as string, TEXT)).toBe(ok));
});
