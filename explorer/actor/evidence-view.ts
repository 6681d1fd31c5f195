import { enumLabel } from '../../src/core/util/enum-labels';
import { h } from '../dom';
import type { VerdictTally, VoiceSummary } from './evidence-model';
import { findings, percent } from './evidence-model';
import type { ChooseClaims } from './figures';
import { figureButton } from './figures';
import { count, plural } from './format';
import { VERDICTS } from './timeline-model';

/**
 * The evidence quality of the actor's record: the findings in plain words, its claims by verdict
 * (counts and shares, each count opening its claims), and the independent voices behind its
 * supply relations, the most frequent first.
 */
const VOICES_SHOWN = 8;

function verdictTable(tally: VerdictTally, choose: ChooseClaims): HTMLElement {
  const total = (v: string) => (tally.transfers[v] ?? 0) + (tally.recognitions[v] ?? 0);
  const cell = (n: number, text: string, v: string) =>
    h('td', { class: 'num' }, n ? figureButton(count(n), text, { kind: 'verdict', verdict: v }, choose) : '0');
  const rows = VERDICTS.map((v) =>
    h(
      'tr',
      { 'data-verdict': v },
      h('th', { scope: 'row', class: `verdict verdict-${v.toLowerCase()}` }, enumLabel(v)),
      h('td', { class: 'num' }, count(tally.transfers[v] ?? 0)),
      h('td', { class: 'num' }, count(tally.recognitions[v] ?? 0)),
      cell(total(v), `${enumLabel(v).toLowerCase()} claims`, v),
      h('td', { class: 'num' }, percent(total(v), tally.total)),
    ),
  );
  const all = h(
    'tr',
    { class: 'total' },
    h('th', { scope: 'row' }, 'All'),
    h('td', { class: 'num' }, count(VERDICTS.reduce((n, v) => n + (tally.transfers[v] ?? 0), 0))),
    h('td', { class: 'num' }, count(VERDICTS.reduce((n, v) => n + (tally.recognitions[v] ?? 0), 0))),
    h(
      'td',
      { class: 'num' },
      tally.total ? figureButton(count(tally.total), 'claims in all', { kind: 'all' }, choose) : '0',
    ),
    h('td', { class: 'num' }, tally.total ? '100%' : '—'),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'verdict-table' },
      h('caption', {}, 'Its claims by verdict'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Verdict'),
          h('th', { scope: 'col', class: 'num' }, 'Transfers'),
          h('th', { scope: 'col', class: 'num' }, 'Recognitions'),
          h('th', { scope: 'col', class: 'num' }, 'All'),
          h('th', { scope: 'col', class: 'num' }, 'Share'),
        ),
      ),
      h('tbody', {}, ...rows, all),
    ),
  );
}

function voiceList(voices: VoiceSummary): HTMLElement {
  const item = (v: VoiceSummary['voices'][number]) =>
    h(
      'li',
      {},
      h('span', { class: 'voice-name' }, v.name),
      ` — among the voices of ${v.relations} of ${plural(voices.relations, 'relation')} (${plural(v.deals, 'deal')} in them)`,
    );
  const [first, rest] = [voices.voices.slice(0, VOICES_SHOWN), voices.voices.slice(VOICES_SHOWN)];
  return h(
    'div',
    { class: 'voices' },
    h('h3', {}, 'Independent voices behind its supply relations'),
    voices.voices.length
      ? h('ol', { class: 'voice-list' }, ...first.map(item))
      : h('p', { class: 'hint' }, 'No supply relation in the chosen years and filters.'),
    rest.length
      ? h(
          'details',
          { class: 'more-voices' },
          h('summary', {}, `${plural(rest.length, 'more voice')}`),
          h('ol', { class: 'voice-list', start: String(VOICES_SHOWN + 1) }, ...rest.map(item)),
        )
      : null,
    h(
      'p',
      { class: 'hint' },
      'A voice is whoever a statement ultimately comes from: articles that echo one origin count once. ' +
        `${plural(voices.oneVoice.relations, 'relation rests', 'relations rest')} on a single voice` +
        (voices.noVoice.relations ? `, ${plural(voices.noVoice.relations, 'relation')} on none` : '') +
        '.',
    ),
  );
}

export function evidenceView(tally: VerdictTally, voices: VoiceSummary, choose: ChooseClaims): HTMLElement[] {
  return [
    h('ul', { class: 'findings' }, ...findings(tally, voices).map((f) => h('li', {}, f))),
    verdictTable(tally, choose),
    voiceList(voices),
  ];
}
