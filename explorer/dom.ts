/**
 * Building the page from data without ever parsing data as HTML: every string goes in as a text
 * node, so a hostile actor name or quote cannot inject markup. Links are kept only when they are
 * http(s).
 */

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}

/** The URL if it is http or https, else null (no javascript:, data: or relative tricks). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An outside link: new tab, no opener, no referrer; plain text when the URL is not http(s). */
export function externalLink(url: string | null | undefined, text: string): Node {
  const href = safeHref(url);
  return href ? h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, text) : document.createTextNode(text);
}

/** A search snippet, whose matches the API marks as [word], with each match in <mark>. */
export function snippet(text: string): HTMLElement {
  const span = h('span', { class: 'snippet' });
  for (const [i, part] of text.split(/\[([^\]]*)\]/).entries()) append(span, i % 2 ? h('mark', {}, part) : part);
  return span;
}
