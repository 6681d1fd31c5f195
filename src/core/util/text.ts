/** A lone UTF-16 surrogate: half of a character, which storage would turn into U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text is well-formed Unicode (no lone surrogate). */
export const isWellFormedText = (text: string): boolean => !LONE_SURROGATE.test(text);

/** Where a value (a request body, variables) holds text that is not well-formed, e.g. "variables.input.name". */
export function malformedTextAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isWellFormedText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = malformedTextAt(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormedText(key)) return path;
      const found = malformedTextAt(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A message shown to a client, at most `max` characters: a longer one (an error quoting a
 * 900,000-character argument, say) keeps its beginning and says how much was left out.
 */
export function shorten(message: string, max = 500): string {
  if (message.length <= max) return message;
  return `${message.slice(0, max)}… (${(message.length - max).toLocaleString('en-US')} more characters)`;
}
