import { ApiError } from '../api';
import type { DraftBatchData } from './draft-types';

/**
 * The article form read into a DraftClaimsInput (empty fields left out), with what the browser can
 * check first (the text, a partial date, an http(s) URL), and written back from a batch opened
 * by its address.
 */
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const FIELDS = ['title', 'publisher', 'publishedOn', 'url', 'kind', 'text'] as const;

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const control = (form: HTMLFormElement, name: string) => form.elements.namedItem(name) as Control;

/** The input, or an ApiError naming the field (by its form name) that is wrong. */
export function readArticle(form: HTMLFormElement): Record<string, string> | ApiError {
  const out: Record<string, string> = {};
  for (const name of FIELDS) {
    const value = name === 'text' ? control(form, name).value : control(form, name).value.trim();
    if (value.trim()) out[name] = value;
  }
  if (!out.text) return new ApiError('Paste the article’s text.', 'BAD_USER_INPUT', 'text');
  // the source an accepted draft creates needs both: asked for here, not after the drafting
  if (!out.title) return new ApiError('Give the article’s title.', 'BAD_USER_INPUT', 'title');
  if (!out.publisher) return new ApiError('Give the article’s publisher.', 'BAD_USER_INPUT', 'publisher');
  if (out.publishedOn && !PARTIAL_DATE.test(out.publishedOn))
    return new ApiError(
      'Write the date as a year, month or day: 2022, 2022-09 or 2022-09-06.',
      'BAD_USER_INPUT',
      'publishedOn',
    );
  if (out.url && !/^https?:\/\/\S+$/i.test(out.url))
    return new ApiError('The URL must start with http:// or https://.', 'BAD_USER_INPUT', 'url');
  return out;
}

export function writeArticle(form: HTMLFormElement, batch: DraftBatchData): void {
  for (const name of FIELDS) control(form, name).value = batch[name] ?? (name === 'kind' ? 'NEWS_REPORT' : '');
}
