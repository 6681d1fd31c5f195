import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { Page } from '../types';
import type { RecognitionRow } from './dossier-types';
import type { ChooseClaims } from './figures';
import { figureButton, rowLimit } from './figures';
import { count, plural } from './format';

/**
 * Who the actor recognizes and who recognizes it: one row per recognition claim (a withdrawal is
 * its own claim), newest first, each verdict a button that opens the claim with its evidence.
 */
export interface RecognitionsOptions {
  actorName: string;
  hrefOf: (key: string) => string;
  choose: ChooseClaims;
}

function table(
  page: Page<RecognitionRow>,
  way: 'recognizes' | 'recognizedBy',
  o: RecognitionsOptions,
  expanded: Set<string>,
  redraw: () => void,
): HTMLElement {
  const rows = page.edges.map((e) => e.node);
  const heading = way === 'recognizes' ? `Whom ${o.actorName} recognizes` : `Who recognizes ${o.actorName}`;
  const title = h('h3', {}, heading);
  if (!rows.length)
    return h(
      'div',
      { class: 'recognitions' },
      title,
      h('p', { class: 'hint' }, 'None in the chosen years and filters.'),
    );
  const caption =
    rows.length < page.totalCount
      ? `${count(page.totalCount)} recognition claims: the ${count(rows.length)} newest (the export holds them all)`
      : `${plural(page.totalCount, 'recognition claim')}, newest first`;
  const body = rows.map((r) => {
    const other = way === 'recognizes' ? r.recognized : r.recognizer;
    const says = `${r.recognizer.name} ${r.status === 'WITHDRAWN' ? 'withdraws recognition of' : 'recognizes'} ${r.recognized.name}`;
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('a', { href: o.hrefOf(other.key) }, other.name)),
      h('td', {}, enumLabel(r.status)),
      h('td', {}, r.date ?? 'undated'),
      h(
        'td',
        { class: `verdict verdict-${r.assessment.verdict.toLowerCase()}` },
        figureButton(enumLabel(r.assessment.verdict), says, { kind: 'claim', id: r.id }, o.choose),
      ),
      h('td', { class: 'num' }, count(r.assessment.independentVoices)),
    );
  });
  const t = h(
    'table',
    { class: 'recognition-table', 'data-way': way },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, way === 'recognizes' ? 'Recognized' : 'Recognizer'),
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Verdict'),
        h('th', { scope: 'col', class: 'num' }, 'Independent voices'),
      ),
    ),
    h('tbody', {}, ...body),
  );
  const more = rowLimit(t, body, 'recognitions', expanded.has(way), () => {
    if (!expanded.delete(way)) expanded.add(way);
    redraw();
  });
  return h('div', { class: 'recognitions' }, title, h('div', { class: 'table-wrap' }, t), more);
}

export function recognitionsView(
  recognizes: Page<RecognitionRow>,
  recognizedBy: Page<RecognitionRow>,
  o: RecognitionsOptions,
  expanded: Set<string>,
  redraw: () => void,
): HTMLElement[] {
  return [
    table(recognizes, 'recognizes', o, expanded, redraw),
    table(recognizedBy, 'recognizedBy', o, expanded, redraw),
  ];
}
