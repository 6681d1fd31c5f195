import { escapeHtml, siteLinks, yearControl } from './page-parts';

/** One section of the dossier: a heading and the element the browser code fills. */
const section = (
  id: string,
  title: string,
  extra = '',
) => `<section id="${id}" class="dossier-section" aria-labelledby="${id}-title">
    <div class="section-head"><h2 id="${id}-title">${title}</h2>${extra}</div>
    <div id="${id}-body"></div>
  </section>`;

const MEASURE = `<fieldset id="measure" class="measure">
      <legend>Bars count</legend>
      <label class="choice"><input type="radio" name="measure" value="deals" checked> Deals</label>
      <label class="choice"><input type="radio" name="measure" value="tiv"> TIV (SIPRI's trend-indicator values)</label>
    </fieldset>`;

/**
 * The dossier's HTML (GET /actor/<key>): static markup only (no data, no inline script or
 * style); explorer/actor/ reads the key from the path and fills in every section, with the years
 * and claim filters of the address.
 */
export function actorHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline dossier</title>
<link rel="icon" href="data:,">
<meta name="description" content="Everything known about one actor's supplies, with the evidence behind each claim.">
<link rel="stylesheet" href="${escapeHtml(styleUrl)}">
<script type="module" src="${escapeHtml(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<a class="skip-link" href="#dossier-body">Skip to the dossier</a>
<header class="site-header">
  <div class="brand"><p class="brand-name">Supplyline <span class="brand-sub">dossier</span></p></div>
  ${siteLinks('dossier')}
</header>
<main id="dossier" class="dossier">
  <div class="dossier-head">
    <div>
      <h1 id="actor-name">Actor dossier</h1>
      <p id="actor-summary" class="actor-summary"></p>
    </div>
    <p class="head-tools"><button type="button" id="print" class="secondary">Print or save as PDF</button></p>
  </div>
  <p id="status" class="status" role="status" aria-live="polite">Loading the dossier…</p>
  <p id="error" class="error" role="alert" hidden></p>
  ${yearControl()}
  <p id="view-filters" class="view-filters"></p>
  <div id="dossier-body" class="dossier-body" tabindex="-1" hidden>
  <div class="overview">
  ${section('identity', 'Identity')}
  ${section('evidence', 'Evidence quality')}
  </div>
  ${section('timeline', 'Deals per year', MEASURE)}
  ${section('suppliers', 'Suppliers')}
  ${section('recipients', 'Recipients')}
  ${section('recognitions', 'Recognitions')}
  ${section('claims', 'Claims')}
  ${section('elsewhere', 'Elsewhere and exports')}
  </div>
</main>
</body>
</html>
`;
}
