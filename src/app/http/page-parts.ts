/**
 * Markup the public pages share: the site's links (each page of the same view) and the year
 * control. Static only, like the pages (no data, no inline script or style); the browser code
 * fills in the links' addresses (explorer/site-nav.ts) and the control's bounds
 * (explorer/year-range.ts).
 */

export type PageName = 'network' | 'map' | 'dossier';

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The views of the knowledge base. Links marked data-view-link get the current view's address
 * (centre, years and filters) from the page, so moving between the network and the map keeps it.
 */
export function siteLinks(current: PageName): string {
  const link = (page: PageName, href: string, text: string) =>
    `<a href="${href}" data-view-link="${page}"${page === current ? ' aria-current="page"' : ''}>${text}</a>`;
  return `<nav class="site-links" aria-label="Views and tools">
    ${link('network', '/', 'Network')}
    ${link('map', '/map', 'Map')}
    <a href="/graphql">GraphQL IDE</a>
  </nav>`;
}

/**
 * The year range every view is filtered by, kept in the address as from=YYYY&to=YYYY (the same
 * parameters the API and the exports take). Two sliders over the years the knowledge base
 * covers, above a strip of deals per year, with the chosen years written out.
 */
export function yearControl(): string {
  return `<form id="year-form" class="years" aria-labelledby="years-title" novalidate>
    <h2 id="years-title" class="years-title">Years</h2>
    <div class="years-track">
      <svg id="year-bars" class="year-bars" aria-hidden="true" focusable="false" preserveAspectRatio="none"></svg>
      <label class="visually-hidden" for="year-from">From the year</label>
      <input id="year-from" class="year-slider" type="range" step="1" min="1950" max="2030" value="1950">
      <label class="visually-hidden" for="year-to">To the year</label>
      <input id="year-to" class="year-slider" type="range" step="1" min="1950" max="2030" value="2030">
    </div>
    <p class="years-chosen"><output id="year-chosen" for="year-from year-to">All years</output>
      <button type="button" id="year-all" class="secondary">All years</button></p>
  </form>`;
}
