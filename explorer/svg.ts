/** SVG elements built like dom.ts builds HTML (never parsed from text): attributes set one by one, text as text nodes. The pages' charts and map draw with it. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

export function svgEl<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | undefined> = {},
  ...children: (Node | string | null)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value));
  for (const c of children) if (c !== null) el.append(c);
  return el;
}

/** A number for an attribute: one decimal is plenty on screen and keeps the markup small. */
export const r1 = (n: number) => String(Math.round(n * 10) / 10);
