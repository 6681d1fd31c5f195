import { RecognitionStatus, TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import { Stance } from '../../domain/evidence/evidence-enums';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { enumLabel } from '../../core/util/enum-labels';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const options = (values: string[], selected?: string) =>
  values
    .map((v) => `<option value="${escape(v)}"${v === selected ? ' selected' : ''}>${escape(enumLabel(v))}</option>`)
    .join('');

/** The enum choices of a draft card's selects, kept in the page so the browser code never restates the API's enums. */
function optionTemplates(): string {
  const lists: Record<string, string[]> = {
    category: Object.values(TransferCategory),
    'transfer-status': Object.values(TransferStatus),
    'recognition-status': Object.values(RecognitionStatus),
    stance: Object.values(Stance),
  };
  return Object.entries(lists)
    .map(([name, values]) => `<template id="options-${name}">${options(values)}</template>`)
    .join('\n');
}

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/**
 * The draft page's HTML (GET /draft): static markup only, no data, no inline script or style, under
 * the explorer's CSP. The browser code (explorer/draft/) drafts claims from a pasted article with
 * the editor's key and shows the text, with the sentences that made drafts marked, and one card
 * per draft to correct and accept, or reject.
 */
export function draftHtml(scriptUrl: string, styleUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Supplyline drafts: claims drafted from an article, for an editor to review</title>
<link rel="icon" href="data:,">
<meta name="description" content="Draft the transfers and recognitions an article makes, then correct, accept or reject each one.">
<link rel="stylesheet" href="${escape(styleUrl)}">
<script type="module" src="${escape(scriptUrl)}"></script>
</head>
<body data-busy="true" data-loads="0">
<a class="skip-link" href="#drafts">Skip to the drafts</a>
<header class="site-header">
  <div class="brand">
    <h1>Supplyline <span class="brand-sub">drafts</span></h1>
    <p class="tagline">Draft the claims an article makes, then correct, accept or reject each one.</p>
  </div>
  <nav class="site-links" aria-label="Other pages">
    <a href="/">Explorer</a>
    <a href="/graphql">GraphQL IDE</a>
  </nav>
</header>
<main class="draft-layout">
  <section class="draft-input" aria-labelledby="input-title">
    <h2 id="input-title">Article</h2>
    <form id="key-form" class="key-form">
      <label for="api-key">Editor API key</label>
      <input id="api-key" name="key" type="password" autocomplete="off" spellcheck="false" aria-describedby="key-hint">
      <p id="key-hint" class="hint">Drafting, accepting and rejecting need an EDITOR key. It is kept only in this tab's session storage (gone when the tab closes) and sent with every request as <code>Authorization: Bearer …</code>.</p>
    </form>
    <form id="draft-form" novalidate>
      <label for="title">Title</label>
      <input id="title" name="title" type="text" maxlength="500" required>
      <label for="publisher">Publisher</label>
      <input id="publisher" name="publisher" type="text" maxlength="200" required>
      <div class="pair">
        <div>
          <label for="published-on">Published</label>
          <input id="published-on" name="publishedOn" type="text" inputmode="numeric" pattern="${DATE_PATTERN}" aria-describedby="date-hint">
        </div>
        <div>
          <label for="kind">Kind</label>
          <select id="kind" name="kind">${options(Object.values(SourceKind), SourceKind.NEWS_REPORT)}</select>
        </div>
      </div>
      <p id="date-hint" class="hint">A year, month or day: 2022, 2022-09 or 2022-09-06. Relative dates in the text (“last week”) are read against it.</p>
      <label for="url">URL</label>
      <input id="url" name="url" type="url" inputmode="url" placeholder="https://…">
      <label for="article-text">Article text</label>
      <textarea id="article-text" name="text" rows="14" required aria-describedby="text-hint"></textarea>
      <p id="text-hint" class="hint">English plain text or HTML (converted to text). The same text drafted again gives the same batch.</p>
      <div class="buttons">
        <button type="submit" id="draft-button">Draft claims</button>
      </div>
      <div id="form-error" class="error" aria-live="assertive" aria-atomic="true"></div>
      <p id="status" class="status" role="status" aria-live="polite"></p>
    </form>
  </section>
  <section class="draft-text" aria-labelledby="text-title">
    <h2 id="text-title">Text</h2>
    <p id="text-legend" class="hint" hidden>Highlighted: the sentences that made drafts. <span class="reason">Underlined</span>: the words that made them (verb, hedge, attribution, date, quantity…). Hover or focus a draft to see its sentence.</p>
    <div id="text-view" class="text-view"><p class="hint">The article appears here once drafted, with the sentences that made drafts highlighted.</p></div>
  </section>
  <section id="drafts" class="drafts" aria-labelledby="drafts-title" tabindex="-1">
    <h2 id="drafts-title">Drafts</h2>
    <p id="drafts-summary" class="hint">No batch yet: paste an article and draft its claims, or open a batch's address (/draft?batch=…).</p>
    <ol id="draft-list" class="draft-list"></ol>
  </section>
</main>
${optionTemplates()}
<noscript><p class="error">The draft page needs JavaScript. The same operations are in the GraphQL IDE at /graphql (draftClaims, acceptDraft, rejectDraft).</p></noscript>
</body>
</html>
`;
}
