import { ApiError } from '../api';
import type { ActorPicker } from './actor-picker';
import { edited, integerOrNull, textOrNull } from './form-fields';

/**
 * The DraftCorrectionsInput of a card's form: only the fields the editor changed (a party picked
 * or typed, a value edited), checked for what the browser can check (whole numbers, partial
 * dates); a bad value throws an ApiError naming its field, as the server would.
 */
type Control = HTMLInputElement | HTMLSelectElement;

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const bad = (message: string, path: string) => new ApiError(message, 'BAD_USER_INPUT', `corrections.${path}`);

export function readCorrections(
  pickers: Map<string, ActorPicker>,
  control: (path: string) => Control | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [party, picker] of pickers) if (picker.changed()) out[party] = picker.value();
  for (const name of ['item', 'designation', 'category', 'status', 'stance']) {
    const c = control(name);
    if (c && edited(c)) out[name] = textOrNull(c);
  }

  const credibility = control('credibility') as HTMLInputElement | undefined;
  if (credibility && edited(credibility)) {
    const n = integerOrNull(credibility);
    if (Number.isNaN(n) || (n !== null && (n < 1 || n > 6)))
      throw bad('Credibility is a whole number from 1 to 6.', 'credibility');
    out.credibility = n;
  }

  const min = control('quantity.min') as HTMLInputElement | undefined;
  const max = control('quantity.max') as HTMLInputElement | undefined;
  const words = control('quantity.text');
  if (min && max && words && [min, max, words].some(edited)) {
    const bounds = { min: integerOrNull(min), max: integerOrNull(max) };
    for (const [k, v] of Object.entries(bounds))
      if (Number.isNaN(v)) throw bad('Write a whole number.', `quantity.${k}`);
    const text = textOrNull(words);
    out.quantity = bounds.min === null && bounds.max === null && text === null ? null : { ...bounds, text };
  }

  // A transfer's period has a start and an end; a recognition's date is the start alone.
  const start = control('period.start') ?? control('period');
  const end = control('period.end');
  if (start && [start, end].some((c) => c && edited(c))) {
    const period = { start: textOrNull(start), end: end ? textOrNull(end) : null };
    for (const [k, v] of Object.entries(period))
      if (v && !PARTIAL_DATE.test(v))
        throw bad('Write a year, month or day: 2022, 2022-08 or 2022-08-15.', `period.${k}`);
    out.period = period.start === null && period.end === null ? null : period;
  }
  return out;
}
