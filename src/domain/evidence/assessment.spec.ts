import { Reliability } from './admiralty';
import { assess } from './assessment';
import type { CitationFacts, SourceFacts } from './assessment';
import { Stance, Verdict } from './evidence-enums';

// Sources: two newspapers relaying, a wire, two governments' statements, an undated finding.
const S = (
  id: string,
  reliability: Reliability,
  attributedToId: string | null,
  publishedLo: string | null,
  publishedHi = publishedLo,
): SourceFacts => ({
  id,
  reliability,
  attributedToId,
  publishedLo,
  publishedHi,
});
const SOURCES = new Map(
  [
    S('guardian', Reliability.B, null, '2022-09-06'),
    S('nyt', Reliability.B, null, '2022-09-05'),
    S('wapo', Reliability.C, null, '2022-09-07'),
    S('finding', Reliability.F, 'us-intel', null),
    S('wh-statement', Reliability.A, 'white-house', '2022-09-01'),
    S('kremlin-statement', Reliability.D, 'kremlin', '2022-09-08'),
    S('year-only', Reliability.F, null, '2022-01-01', '2022-12-31'),
  ].map((s) => [s.id, s]),
);

const c = (sourceId: string, chain: string[] = [], o: Partial<CitationFacts> = {}): CitationFacts => ({
  sourceId,
  chain,
  stance: Stance.SUPPORTS,
  credibility: 6,
  attributedToId: null,
  ...o,
});
const disputes = (sourceId: string, o: Partial<CitationFacts> = {}) =>
  c(sourceId, [], { stance: Stance.DISPUTES, ...o });

type Row = [string, CitationFacts[], Verdict, number, number, Reliability | null, number | null, string | null];

// name | citations | verdict | independent | disputing | best reliability | best credibility | first reported
const CASES: Row[] = [
  ['a single article, its own statement', [c('guardian')], Verdict.SINGLE_SOURCE, 1, 0, Reliability.B, 6, 'guardian'],
  [
    'three articles repeating one anonymous official',
    [
      c('guardian', [], { attributedToId: 'us-official' }),
      c('nyt', [], { attributedToId: 'us-official' }),
      c('wapo', [], { attributedToId: 'us-official' }),
    ],
    Verdict.SINGLE_SOURCE,
    1,
    0,
    Reliability.B,
    6,
    'nyt',
  ],
  [
    'three articles relaying one finding through chains',
    [c('guardian', ['nyt', 'finding']), c('wapo', ['finding']), c('nyt', ['finding'])],
    Verdict.SINGLE_SOURCE,
    1,
    0,
    Reliability.F,
    6,
    'nyt',
  ],
  [
    'two outlets citing two different governments',
    [c('guardian', ['wh-statement']), c('nyt', ['kremlin-statement'])],
    Verdict.CORROBORATED,
    2,
    0,
    Reliability.A,
    6,
    'wh-statement',
  ],
  [
    "the citation's attributedTo outranks the origin's",
    [c('guardian', ['wh-statement'], { attributedToId: 'us-official' }), c('nyt', ['wh-statement'])],
    Verdict.CORROBORATED,
    2,
    0,
    Reliability.A,
    6,
    'wh-statement',
  ],
  [
    'a disputing government denial',
    [c('guardian', ['finding']), disputes('kremlin-statement')],
    Verdict.CONTESTED,
    1,
    1,
    Reliability.F,
    6,
    'guardian',
  ],
  [
    'two denials by one voice count once',
    [c('guardian'), disputes('kremlin-statement'), disputes('wapo', { attributedToId: 'kremlin' })],
    Verdict.CONTESTED,
    1,
    1,
    Reliability.B,
    6,
    'guardian',
  ],
  [
    'best reliability (of origins) and credibility (of citations) are picked',
    [c('guardian', ['finding'], { credibility: 2 }), c('wapo', [], { credibility: 4 })],
    Verdict.CORROBORATED,
    2,
    0,
    Reliability.C,
    2,
    'guardian',
  ],
  [
    'disputing citations do not give the grade',
    [c('wapo', [], { credibility: 5 }), disputes('wh-statement', { credibility: 1 })],
    Verdict.CONTESTED,
    1,
    1,
    Reliability.C,
    5,
    'wapo',
  ],
  [
    'every citation disputes',
    [disputes('kremlin-statement'), disputes('guardian')],
    Verdict.CONTESTED,
    0,
    2,
    null,
    null,
    null,
  ],
  ['no citation at all', [], Verdict.UNSUPPORTED, 0, 0, null, null, null],
  [
    'undated sources are never first reported',
    [c('guardian', ['finding'])],
    Verdict.SINGLE_SOURCE,
    1,
    0,
    Reliability.F,
    6,
    'guardian',
  ],
  [
    'a vaguer date relayed by a precise one was first',
    [c('guardian', ['year-only'])],
    Verdict.SINGLE_SOURCE,
    1,
    0,
    Reliability.F,
    6,
    'year-only',
  ],
  [
    'a vaguer date in another chain: earliest first day',
    [c('guardian'), c('nyt', ['year-only'])],
    Verdict.CORROBORATED,
    2,
    0,
    Reliability.B,
    6,
    'year-only',
  ],
  [
    'a date that ends before another begins is earlier',
    [c('wapo'), c('guardian')],
    Verdict.CORROBORATED,
    2,
    0,
    Reliability.B,
    6,
    'guardian',
  ],
];

describe('assess', () => {
  it.each(CASES)('%s', (_name, citations, verdict, independent, disputing, reliability, credibility, first) => {
    const a = assess(citations, SOURCES);
    expect([
      a.verdict,
      a.independentVoices,
      a.disputingVoices,
      a.bestReliability,
      a.bestCredibility,
      a.firstReportedSourceId,
    ]).toEqual([verdict, independent, disputing, reliability, credibility, first]);
    expect(a.grade).toBe(reliability && credibility ? `${reliability}${credibility}` : null);
  });

  it('one article relaying two voices for two claims: each claim counts only its own', () => {
    const shells = assess([c('guardian', ['nyt', 'finding'])], SOURCES);
    const drones = assess([c('guardian', ['wh-statement'])], SOURCES);
    expect(shells.voices).toEqual([{ kind: 'ACTOR', id: 'us-intel' }]);
    expect(drones.voices).toEqual([{ kind: 'ACTOR', id: 'white-house' }]);
  });

  it('a voice with no attributed actor is the origin source itself', () => {
    expect(assess([c('guardian', ['nyt'])], SOURCES).voices).toEqual([{ kind: 'SOURCE', id: 'nyt' }]);
  });

  it('orders by strength: verdict, then voices, then reliability and credibility', () => {
    const strength = (cs: CitationFacts[]) => assess(cs, SOURCES).strength;
    const corroborated = strength([c('guardian', ['wh-statement']), c('nyt', ['kremlin-statement'])]);
    const singleA = strength([c('guardian', ['wh-statement'], { credibility: 1 })]);
    const singleF = strength([c('guardian', ['finding'], { credibility: 1 })]);
    const contested = strength([c('guardian', ['wh-statement']), disputes('kremlin-statement')]);
    expect(corroborated).toBeGreaterThan(singleA);
    expect(singleA).toBeGreaterThan(singleF);
    expect(singleF).toBeGreaterThan(contested);
    expect(contested).toBeGreaterThan(strength([]));
  });

  describe('echo groups (sources the independence auditor found to be copies)', () => {
    // agency-z's report and two outlets re-running it; the Guardian relays the US finding and is
    // re-run by daily-y without saying so.
    const echo = (id: string, root: string | null, attributedToId: string | null = null) => ({
      ...S(id, Reliability.F, attributedToId, '2022-10-20'),
      echoRoot: root,
    });
    const ECHOES = new Map(
      [
        ...SOURCES.values(),
        echo('agency-z', 'agency-z'),
        echo('daily-x', 'agency-z'),
        echo('y-times', 'agency-z'),
        echo('guardian-copied', 'guardian-copied'),
        echo('daily-y', 'guardian-copied'),
      ].map((x) => [x.id, x]),
    );

    it('copies of one report are one voice, named by its earliest source', () => {
      const a = assess([c('daily-x'), c('y-times'), c('agency-z')], ECHOES);
      expect([a.verdict, a.independentVoices]).toEqual([Verdict.SINGLE_SOURCE, 1]);
      expect(a.voices).toEqual([{ kind: 'SOURCE', id: 'agency-z' }]);
      // Even when the earliest source is not cited by the claim.
      expect(assess([c('daily-x')], ECHOES).voices).toEqual([{ kind: 'SOURCE', id: 'agency-z' }]);
    });

    it('a copy of an article that relays an attributed voice is that voice, not a second one', () => {
      const a = assess([c('guardian-copied', ['finding']), c('daily-y')], ECHOES);
      expect([a.independentVoices, a.voices]).toEqual([1, [{ kind: 'ACTOR', id: 'us-intel' }]]);
    });

    it('other voices still count: a copy and an independent report make two', () => {
      const a = assess([c('daily-x'), c('nyt')], ECHOES);
      expect([a.verdict, a.independentVoices]).toEqual([Verdict.CORROBORATED, 2]);
    });

    it('without groups (dismissed, or never found) every source speaks for itself', () => {
      const none = new Map([...ECHOES].map(([id, x]) => [id, { ...x, echoRoot: null }]));
      expect(assess([c('daily-x'), c('y-times'), c('agency-z')], none).independentVoices).toBe(3);
    });
  });
});
