/**
 * The links between views (network, map) carry the current view's address, so a researcher who
 * narrowed the years or the claims on one view finds the same on the other. The links are the
 * header's a[data-view-link] (page-parts.ts on the server).
 */
export function linkViews(params: URLSearchParams): void {
  const query = params.toString();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')) {
    const path = a.dataset.viewLink === 'map' ? '/map' : '/';
    a.href = query ? `${path}?${query}` : path;
  }
}

/** The dossier's address for an actor, with the view's years and claim filters (not its centre or layout). */
export function dossierHref(key: string, params: URLSearchParams): string {
  const keep = new URLSearchParams();
  for (const [k, v] of params) if (!['centre', 'depth', 'layout', 'group', 'recognitions'].includes(k)) keep.set(k, v);
  const query = keep.toString();
  return `/actor/${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
}
