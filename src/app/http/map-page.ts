import { TransferCategory } from '../../domain/claims/claim-enums';
import { enumLabel } from '../../core/util/enum-labels';
import { escapeHtml, siteLinks, yearControl } from './page-parts';

/** The categories, one checkbox each, in a disclosure (the same names as the network's filters). */
function categories(): string {
  const boxes = Object.values(TransferCategory)
    .map(
      (v) =>
        `<label class="choice"><input type="checkbox" name="category" value="${escapeHtml(v)}"> ${escapeHtml(enumLabel(v))}</label>`,
    )
    .join('\n          ');
  return `<details class="choices" data-filter="category">
        <summary>Categories <span class="chosen" data-chosen="category">any</span></summary>
        <fieldset>
          <legend class="visually-hidden">Categories</legend>
          ${boxes}
        </fieldset>
      </details>`;
}

/** The table of flows: the map's text equivalent, sortable, a page at a time. */
const FLOW_TABLE = `<div class="table-wrap" role="region" aria-labelledby="flows-title" tabindex="0">
      <table id="flow-table" class="flow-table">
        <caption id="flow-caption">Every flow between two places, the heaviest first. From and To centre the map there.</caption>
        <thead><tr>
          <th scope="col" data-sort-key="from"><button type="button" data-sort="from">From</button></th>
          <th scope="col" data-sort-key="to"><button type="button" data-sort="to">To</button></th>
          <th scope="col" class="num" data-sort-key="deals"><button type="button" data-sort="deals">Deals</button></th>
          <th scope="col" class="num" data-sort-key="tiv"><button type="button" data-sort="tiv">SIPRI TIV</button></th>
          <th scope="col" data-sort-key="years"><button type="button" data-sort="years">Years</button></th>
          <th scope="col">Strongest verdict</th>
          <th scope="col" class="num">Voices</th>
          <th scope="col">On the map</th>
          <th scope="col">Evidence</th>
        </tr></thead>
        <tbody id="flow-rows"></tbody>
      </table>
    </div>
    <nav id="flow-pages" class="flow-pages" aria-label="Pages of the table" hidden>
      <button type="button" id="flow-prev" class="secondary">Previous 50</button>
      <span id="flow-page-info"></span>
      <button type="button" id="flow-next" class="secondary">Next 50</button>
    </nav>`;

/** Whose data the picture is drawn from, and under which licence: shown under the map. */
const MAP_CREDIT =
  'Boundaries: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain), via ' +
  '<a href="https://github.com/topojson/world-atlas">world-atlas</a>. Country positions and names: ' +
  '<a href="https://github.com/mledoze/countries">world-countries</a> ' +
  '(<a href="https://opendatacommons.org/licenses/odbl/1.0/">ODbL</a>).';

/** The map's HTML (GET /map): static markup; explorer/map/ draws the flows. */
export function mapHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline map: flows between states</title>
<link rel="icon" href="data:,">
<meta name="description" content="Arms flows between states on a world map, with the evidence behind every flow.">
<link rel="stylesheet" href="${escapeHtml(styleUrl)}">
<script type="module" src="${escapeHtml(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<a class="skip-link" href="#flows">Skip to the table of flows</a>
<header class="site-header">
  <div class="brand">
    <h1>Supplyline <span class="brand-sub">map</span></h1>
    <p class="tagline">Flows between states, and on what evidence.</p>
  </div>
  <form id="search-form" class="search" role="search">
    <label for="search-text">Centre the map on an actor, item or source</label>
    <div class="search-row">
      <input id="search-text" name="text" type="search" autocomplete="off" maxlength="200" required placeholder="e.g. DPRK, Shahed">
      <button type="submit">Search</button>
    </div>
  </form>
  ${siteLinks('map')}
</header>
<div id="search-results" class="search-results" hidden>
  <h2 id="search-results-title" class="visually-hidden">Search results</h2>
  <ul id="search-list" aria-labelledby="search-results-title"></ul>
</div>
${yearControl()}
<main id="map-main" class="map-layout">
  <section class="map-panel" aria-labelledby="map-title">
    <div class="map-head">
      <h2 id="map-title">Flows around <span id="centre-name">…</span></h2>
      <p id="centre-links" class="centre-links"></p>
    </div>
    <form id="map-form" class="map-controls" novalidate>
      <fieldset class="weight-choice">
        <legend>Weigh the arrows by</legend>
        <label class="choice"><input type="radio" name="weight" value="deals" checked> Deals</label>
        <label class="choice"><input type="radio" name="weight" value="tiv"> SIPRI TIV</label>
      </fieldset>
      <div>
        <label for="depth">Hops from the centre</label>
        <select id="depth" name="depth">
          <option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option>
        </select>
      </div>
      <div>
        <label for="min-weight">Least weight drawn</label>
        <input id="min-weight" name="min" type="number" min="0" step="any" inputmode="decimal" placeholder="0">
      </div>
      <div class="category-filter">${categories()}</div>
    </form>
    <p id="status" class="status" role="status" aria-live="polite">Loading the map…</p>
    <p id="error" class="error" role="alert" hidden></p>
    <ul id="notices" class="notices"></ul>
    <div class="map-tools" role="group" aria-label="Zoom the map">
      <span class="hint">Drag to move; Ctrl + wheel or pinch to zoom.</span>
      <button type="button" id="zoom-in" class="secondary" aria-label="Zoom in">+</button>
      <button type="button" id="zoom-out" class="secondary" aria-label="Zoom out">−</button>
      <button type="button" id="zoom-reset" class="secondary">Whole world</button>
    </div>
    <div class="map-frame">
      <svg id="map" class="map" role="img" aria-label="World map of arms flows (loading); the table below lists every flow"></svg>
    </div>
    <p id="map-credit" class="map-credit">${MAP_CREDIT}</p>
    <p class="flow-count"><span id="flow-count-text"></span>
      <button type="button" id="show-more" class="secondary" hidden>Show more</button>
      <button type="button" id="show-all" class="secondary" hidden>Show all</button>
      <button type="button" id="show-fewer" class="secondary" hidden>Show the 60 heaviest</button>
    </p>
    <ul id="map-legend" class="map-legend" aria-label="Legend"></ul>
  </section>
  <section id="flows" class="flows-panel" aria-labelledby="flows-title" tabindex="-1">
    <h2 id="flows-title">Flows</h2>
    ${FLOW_TABLE}
  </section>
  <div class="map-notes">
  <section class="notes" aria-labelledby="unplaced-title">
    <h2 id="unplaced-title">Not on the map</h2>
    <ul id="unplaced-list" class="note-list"></ul>
  </section>
  <section class="notes" aria-labelledby="internal-title">
    <h2 id="internal-title">Inside one country</h2>
    <ul id="internal-list" class="note-list"></ul>
  </section>
  </div>
</main>
</body>
</html>
`;
}
