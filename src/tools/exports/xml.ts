/**
 * Text safe inside XML content or a double-quoted attribute: the five special characters
 * escaped, and characters XML 1.0 forbids (control characters, lone surrogates) dropped.
 */
export function xml(value: unknown): string {
  return String(value ?? '')
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
