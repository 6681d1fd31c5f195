import { convert } from 'html-to-text';
import { detectAll } from 'tinyld';
import { LENGTH } from '../../core/config/limits';
import { BadUserInputError } from '../../core/errors/errors';

/** Looks like markup: an element or a doctype, not a stray "<" in prose. */
const HTML =
  /<(?:!doctype\s+html|html|head|body|p|div|span|article|section|br|a\s+href|h[1-6]|ul|ol|li|table|script|style|b|i|em|strong|u|small|sup|sub|blockquote|figure|figcaption|img|time|header|footer|main|nav|aside|iframe)\b[^>]*>|<\/(?:p|div|span|b|i|em|strong|a|li|h[1-6])>/i;

const languageName = (code: string) => new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;

/**
 * The text to draft from, checked: not empty, at most 1,000,000 characters, English. HTML is
 * turned into its text by html-to-text (scripts, styles and images dropped, links kept as their
 * words, paragraphs as blank lines), and the batch records that it came as HTML: the text stored
 * and quoted is that plain text. A language other than English is refused with its name, as
 * tinyld detects it, when the text is long enough to tell (20 words or more).
 */
export function draftableText(raw: string): { text: string; fromHtml: boolean } {
  if (raw.length > LENGTH.text)
    throw new BadUserInputError(
      'input.text',
      `"input.text" must be at most ${LENGTH.text.toLocaleString('en')} characters.`,
    );
  if (raw.includes('\u0000'))
    throw new BadUserInputError('input.text', '"input.text" must not contain NUL characters.');
  const fromHtml = HTML.test(raw);
  const text = (
    fromHtml
      ? convert(raw, {
          wordwrap: false,
          selectors: [
            { selector: 'a', options: { ignoreHref: true } },
            { selector: 'img', format: 'skip' },
            { selector: 'h1', options: { uppercase: false } },
            { selector: 'h2', options: { uppercase: false } },
            { selector: 'h3', options: { uppercase: false } },
            { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
          ],
        })
      : raw
  )
    .replace(/\r\n?/g, '\n')
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text))
    throw new BadUserInputError(
      'input.text',
      fromHtml ? '"input.text" is HTML with no text in it.' : '"input.text" must not be empty.',
    );
  const words = text.split(/\s+/).length;
  if (words >= 20) {
    // names ("Bundeskanzler Olaf Scholz", "Bundestag") say nothing of the language the text is written in
    const prose = text.slice(0, 20_000).replace(/\b[\p{Lu}][\p{L}’'-]*/gu, ' ');
    const guesses = detectAll(prose.split(/\s+/).length >= 12 ? prose : text.slice(0, 20_000));
    const best = guesses[0];
    const english = guesses.find((g) => g.lang === 'en')?.accuracy ?? 0;
    if (best && best.lang !== 'en' && english < best.accuracy / 2)
      throw new BadUserInputError(
        'input.text',
        `The text is in ${languageName(best.lang)} (detected), not English: the drafter reads English only.`,
      );
  }
  return { text, fromHtml };
}
