import { escapeHtml, siteLinks, yearControl } from './page-parts';

/** The dossier's HTML (GET /actor/<key>): static markup; explorer/actor/ fills it in. */
export function actorHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline dossier</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${escapeHtml(styleUrl)}">
<script type="module" src="${escapeHtml(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<header class="site-header">
  <div class="brand"><p class="brand-name">Supplyline <span class="brand-sub">dossier</span></p></div>
  ${siteLinks('dossier')}
</header>
${yearControl()}
<main id="dossier"><p id="status" role="status" aria-live="polite">Loading the dossier…</p></main>
</body>
</html>
`;
}
