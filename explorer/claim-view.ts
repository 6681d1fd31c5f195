import { enumLabel } from '../src/core/util/enum-labels';
import { externalLink, h } from './dom';
import type { AssessmentData, CitationData, EchoData, RecognitionData, SourceData, TransferData } from './types';

/**
 * One claim as the evidence panel shows it: what is claimed, the assessment (verdict, grade,
 * independent voices, explanation) and each citation with its verbatim quote, its source and the
 * chain back to the origin voice. Text only, never HTML from data.
 */

function sourceLine(s: SourceData): HTMLElement {
  const parts = [s.publisher, s.publishedOn ?? 'undated', `reliability ${s.reliability}`].join(', ');
  return h('span', { class: 'source' }, h('cite', {}, externalLink(s.url, s.title)), ` — ${parts}`);
}

/** The citing source (where the quote is from), then each source it relayed, ending at the origin. */
function chain(c: CitationData): HTMLElement {
  const hops = [c.source, ...c.chain];
  const list = h('ol', { class: 'chain' });
  hops.forEach((s, i) => {
    const role =
      i === hops.length - 1
        ? hops.length === 1
          ? 'quoted here; the origin itself'
          : 'origin'
        : i === 0
          ? 'quoted here'
          : 'relayed';
    list.append(h('li', {}, sourceLine(s), h('span', { class: 'chain-role' }, ` (${role})`)));
  });
  return h('div', { class: 'chain-block' }, h('p', { class: 'chain-title' }, 'Chain back to the origin voice:'), list);
}

function citation(c: CitationData): HTMLElement {
  const voice = c.attributedTo ? `${c.attributedTo.name}${c.attribution ? ` — ${c.attribution}` : ''}` : c.attribution;
  const facts = [
    c.stance === 'DISPUTES' ? 'disputes the claim' : 'supports the claim',
    `credibility ${c.credibility}`,
    c.locator,
    c.verified ? 'quote verified against the source text' : 'quote not verifiable (no stored text)',
  ].filter(Boolean);
  return h(
    'li',
    { class: `citation ${c.stance === 'DISPUTES' ? 'disputes' : 'supports'}` },
    h('blockquote', { class: 'quote' }, c.quote),
    voice ? h('p', { class: 'voice' }, `Voice: ${voice}`) : null,
    h('p', { class: 'facts' }, facts.join(' · ')),
    chain(c),
  );
}

/** The echo group behind a voice count: which source copies which, and whether an editor has confirmed it. */
function echoes(list: EchoData[]): HTMLElement | null {
  if (!list.length) return null;
  const how = (e: EchoData) =>
    e.basis === 'QUOTE' && (e.similarity ?? 0) < 0.3
      ? 'repeats verbatim a passage of'
      : e.similarity !== null
        ? `shares ${Math.round(e.similarity * 100)}% of its text with`
        : 'copies';
  return h(
    'div',
    { class: 'echoes' },
    h('p', { class: 'echoes-title' }, 'Counted as one voice — echoes found in the texts:'),
    h(
      'ul',
      {},
      ...list.map((e) =>
        h(
          'li',
          {},
          h('cite', {}, e.copy.publisher),
          ` ${how(e)} `,
          h('cite', {}, e.original.publisher),
          h('span', { class: 'echo-status' }, e.status === 'CONFIRMED' ? ' (confirmed by an editor)' : ' (suspected)'),
        ),
      ),
    ),
  );
}

function assessment(a: AssessmentData): HTMLElement {
  const row = (term: string, value: string) => [h('dt', {}, term), h('dd', {}, value)];
  return h(
    'div',
    { class: 'assessment' },
    h(
      'dl',
      {},
      ...row('Verdict', enumLabel(a.verdict)),
      ...row('Grade', a.grade ?? 'none'),
      ...row('Independent voices', String(a.independentVoices)),
      ...row('Disputing voices', String(a.disputingVoices)),
    ),
    h('p', { class: 'explanation' }, a.explanation),
    echoes(a.suspectedEchoes),
  );
}

function evidence(citations: CitationData[]): HTMLElement {
  const n = citations.length;
  return h(
    'div',
    { class: 'evidence-list' },
    h('h5', {}, `Evidence: ${n} citation${n === 1 ? '' : 's'}`),
    h('ol', { class: 'citations' }, ...citations.map(citation)),
  );
}

const period = (start: string | null, end: string | null) =>
  start && end && start !== end ? `${start} to ${end}` : (start ?? end);

export function transferView(t: TransferData): HTMLElement {
  const what = t.designation ? `${t.item} (${t.designation})` : t.item;
  const facts = [
    enumLabel(t.category),
    enumLabel(t.status),
    t.quantity.text ? `quantity: ${t.quantity.text}` : null,
    period(t.period.start, t.period.end),
    t.context,
  ].filter(Boolean);
  return h(
    'article',
    { class: `claim verdict-${t.assessment.verdict.toLowerCase()}`, 'data-claim': t.id },
    h('h4', {}, what),
    h('p', { class: 'parties' }, `${t.supplier.name} → ${t.recipient.name}`),
    h('p', { class: 'facts' }, facts.join(' · ')),
    assessment(t.assessment),
    evidence(t.evidence),
  );
}

export function recognitionView(r: RecognitionData): HTMLElement {
  const facts = [enumLabel(r.status), r.date ?? 'undated'];
  return h(
    'article',
    { class: `claim verdict-${r.assessment.verdict.toLowerCase()}`, 'data-claim': r.id },
    h('h4', {}, `${r.recognizer.name} recognizes ${r.recognized.name}`),
    h('p', { class: 'facts' }, facts.join(' · ')),
    assessment(r.assessment),
    evidence(r.evidence),
  );
}
