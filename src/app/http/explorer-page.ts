import { TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import { Verdict } from '../../domain/evidence/evidence-enums';
import { enumLabel } from '../../core/util/enum-labels';
import { siteLinks, yearControl } from './page-parts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A disclosure with one checkbox per enum value; the filter's name is the API's argument name. */
function choices(name: string, legend: string, values: string[]): string {
  const boxes = values
    .map(
      (v) =>
        `<label class="choice"><input type="checkbox" name="${name}" value="${escape(v)}"> ${escape(enumLabel(v))}</label>`,
    )
    .join('\n        ');
  return `<details class="choices" data-filter="${name}">
      <summary>${escape(legend)} <span class="chosen" data-chosen="${name}">any</span></summary>
      <fieldset>
        <legend class="visually-hidden">${escape(legend)}</legend>
        ${boxes}
      </fieldset>
    </details>`;
}

/**
 * The explorer's HTML: static markup only (no data, no inline script or style, so the strict CSP
 * holds). The browser code fills in the network, lists and evidence from /graphql.
 *
 * The stylesheet link carries the id Cytoscape.js looks for before it injects its own inline
 * <style> (".__________cytoscape_container { position: relative }"): with that id present it
 * injects nothing, which the CSP would refuse, and explorer.css sets the same rule itself.
 */
export function explorerHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline explorer: who supplies whom, and on what evidence</title>
<link rel="icon" href="data:,">
<meta name="description" content="A network of who supplies whom in armed conflicts, with the evidence behind every claim.">
<link rel="stylesheet" id="__________cytoscape_stylesheet" href="${escape(styleUrl)}">
<script type="module" src="${escape(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<a class="skip-link" href="#connections">Skip to the list of connections</a>
<a class="skip-link" href="#exports">Skip to the exports of this view</a>
<header class="site-header">
  <div class="brand">
    <h1>Supplyline <span class="brand-sub">explorer</span></h1>
    <p class="tagline">Who supplies whom in armed conflicts, and on what evidence.</p>
  </div>
  <form id="search-form" class="search" role="search">
    <label for="search-text">Find an actor, item or source</label>
    <div class="search-row">
      <input id="search-text" name="text" type="search" autocomplete="off" maxlength="200" required placeholder="e.g. DPRK, Shahed">
      <button type="submit">Search</button>
    </div>
  </form>
  ${siteLinks('network')}
</header>
${yearControl()}
<div id="search-results" class="search-results" hidden>
  <h2 id="search-results-title" class="visually-hidden">Search results</h2>
  <ul id="search-list" aria-labelledby="search-results-title"></ul>
</div>
<main class="layout">
  <section class="filters" aria-labelledby="filters-title">
    <h2 id="filters-title">View</h2>
    <form id="filter-form" novalidate>
      <p class="centre">Centred on <strong id="centre-name">…</strong> <br><a id="centre-dossier" href="/actor/">Open its dossier</a></p>
      <label for="depth">Hops from the centre</label>
      <select id="depth" name="depth">
        <option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option>
      </select>
      <label class="choice"><input type="checkbox" id="recognitions" name="recognitions"> Show recognitions</label>
      <label class="choice"><input type="checkbox" id="group" name="group"> Group bodies under their state</label>
      <label for="layout">Layout</label>
      <select id="layout" name="layout">
        <option value="rings">Rings around the centre</option>
        <option value="force">Force-directed</option>
      </select>
      <h3>Drawing</h3>
      <label for="weight">Weight of a connection</label>
      <select id="weight" name="weight">
        <option value="deals">Deals (claims)</option><option value="tiv">SIPRI TIV, where known</option>
      </select>
      <label for="top">Actors drawn</label>
      <select id="top" name="top" aria-describedby="top-hint">
        <option value="20">The 20 heaviest</option><option value="40">The 40 heaviest</option><option value="80">The 80 heaviest</option><option value="150">The 150 heaviest</option><option value="all">All</option>
      </select>
      <p id="top-hint" class="hint">Besides the centre; each joined to one already drawn. The lists below hold every connection read, drawn or not.</p>
      <label for="min-weight">Hide supply lighter than</label>
      <input id="min-weight" name="minWeight" type="number" min="0" step="any" inputmode="decimal" aria-describedby="min-weight-hint">
      <p id="min-weight-hint" class="hint">In deals, or in TIV when weighing by TIV.</p>
      <label for="cluster">Clusters</label>
      <select id="cluster" name="cluster">
        <option value="none">None: every actor</option><option value="region">By world region</option>
      </select>
      <h3>Which claims</h3>
      ${choices('category', 'Category', Object.values(TransferCategory))}
      ${choices('status', 'Status', Object.values(TransferStatus))}
      ${choices('verdict', 'Verdict', Object.values(Verdict))}
      <label for="min-voices">Minimum independent voices</label>
      <input id="min-voices" name="minIndependentVoices" type="number" min="0" max="99" step="1" inputmode="numeric">
      <div class="dates">
        <div>
          <label for="date-from">From</label>
          <input id="date-from" name="from" type="text" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2022-08" aria-describedby="date-hint">
        </div>
        <div>
          <label for="date-to">To</label>
          <input id="date-to" name="to" type="text" inputmode="numeric" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" placeholder="2022-12" aria-describedby="date-hint">
        </div>
      </div>
      <p id="date-hint" class="hint">A year, month or day: 2022, 2022-08 or 2022-08-15. Claims whose dates overlap the range; undated claims are left out.</p>
      <div class="buttons">
        <button type="submit">Apply</button>
        <button type="button" id="reset-filters" class="secondary">Reset</button>
      </div>
    </form>
  </section>
  <section class="network" aria-labelledby="network-title">
    <h2 id="network-title">Network</h2>
    <p id="status" class="status" role="status" aria-live="polite">Loading the network…</p>
    <p id="error" class="error" role="alert" hidden></p>
    <div id="focus-note" class="focus-note" hidden></div>
    <div class="graph-tools" role="group" aria-label="Zoom">
      <button type="button" id="zoom-in" aria-label="Zoom in">+</button>
      <button type="button" id="zoom-out" aria-label="Zoom out">−</button>
      <button type="button" id="zoom-fit">Centre and fit</button>
    </div>
    <div id="graph" class="graph" role="img" aria-label="Network of who supplies whom; the same connections are listed below the picture"></div>
    <ul id="legend" class="legend" aria-label="Legend"></ul>
  </section>
  <section id="evidence" class="evidence" aria-labelledby="evidence-title" tabindex="-1">
    <h2 id="evidence-title">Evidence</h2>
    <div id="evidence-body">
      <p class="hint">Choose a connection or an actor, in the picture or in the lists below, to see the claims and the evidence behind them.</p>
    </div>
  </section>
  <section id="connections" class="connections" aria-labelledby="connections-title" tabindex="-1">
    <h2 id="connections-title">Connections</h2>
    <ul id="edge-list" class="item-list"></ul>
    <h3 id="actors-title">Actors</h3>
    <ul id="node-list" class="item-list" aria-labelledby="actors-title"></ul>
  </section>
  <section id="exports" class="exports" aria-labelledby="exports-title">
    <h2 id="exports-title">Exports of this view</h2>
    <p id="exports-scope" class="hint"></p>
    <ul id="export-list"></ul>
  </section>
</main>
<noscript><p class="error">The explorer needs JavaScript. The same data is in the GraphQL IDE at /graphql and in the exports under /export/.</p></noscript>
</body>
</html>
`;
}
