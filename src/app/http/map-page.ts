import { escapeHtml, siteLinks, yearControl } from './page-parts';

/** The map's HTML (GET /map): static markup; explorer/map/ draws the flows. */
export function mapHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline map: flows between states</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(styleUrl)}">
<script type="module" src="${escapeHtml(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<header class="site-header">
  <div class="brand"><h1>Supplyline <span class="brand-sub">map</span></h1></div>
  ${siteLinks('map')}
</header>
${yearControl()}
<main id="map-main"><p id="status" role="status" aria-live="polite">Loading the map…</p></main>
</body>
</html>
`;
}
