/**
 * Readable labels for the API's enum values ("MISSILES_AND_ROCKETS" → "Missiles and rockets"),
 * shared by the page the server renders and the browser code. Pure: no DOM, no Node.
 */
const ACRONYMS = new Set(['UAV']);
const SPECIAL: Record<string, string> = { SELF_PROCLAIMED_STATE: 'Self-proclaimed state', IN_PROGRESS: 'In progress' };

export function enumLabel(value: string): string {
  if (SPECIAL[value]) return SPECIAL[value];
  const text = value
    .split('_')
    .map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase()))
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The label inside a sentence: lower case, except acronyms ("UAV", "ammunition"). */
export function enumWords(value: string): string {
  const label = enumLabel(value);
  return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
