import { TransferCategory, TransferStatus } from '../src/domain/claims/claim-enums';
import { claimWriteService } from '../src/domain/claims/claim-write.service';
import type { RecordTransferInput } from '../src/domain/claims/claim-write.inputs';
import { Reliability } from '../src/domain/evidence/admiralty';
import { evidenceStrength } from '../src/domain/evidence/assessment';
import type { CitationInput } from '../src/domain/claims/citation.inputs';
import { Stance } from '../src/domain/evidence/evidence-enums';
import { SourceKind } from '../src/domain/sources/source-kind.enum';
import { sourceWriteService } from '../src/domain/sources/source-write.service';
import { US_FINDING, WHITE_HOUSE_STATEMENT } from '../src/tools/seed/seed-sources';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
const ids: Record<string, string> = {};

const news = (key: string, publisher: string, reliability: Reliability, publishedOn: string) => ({
  key,
  title: `${publisher} report`,
  publisher,
  kind: SourceKind.NEWS_REPORT,
  reliability,
  publishedOn,
});

const claim = (item: string, citations: CitationInput[]): RecordTransferInput => ({
  supplier: 'iran',
  recipient: 'russia',
  category: TransferCategory.UAV,
  item,
  status: TransferStatus.DELIVERED,
  citations,
});

beforeAll(async () => {
  t = await startTestServer();
  const ctx = t.server.context();
  for (const s of [
    news('wapo-1', 'The Washington Post', Reliability.C, '2022-09-07'),
    news('reuters-1', 'Reuters', Reliability.B, '2022-09-08'),
    news('ap-1', 'Associated Press', Reliability.B, '2022-09-02'),
    {
      key: 'kremlin-denial',
      title: 'Kremlin denial',
      publisher: 'Kremlin',
      kind: SourceKind.GOVERNMENT_STATEMENT,
      attributedTo: 'russia',
      reliability: Reliability.D,
      publishedOn: '2022-09-09',
    },
    {
      key: 'iran-statement',
      title: 'Iranian foreign ministry statement',
      publisher: 'Iranian foreign ministry',
      kind: SourceKind.GOVERNMENT_STATEMENT,
      attributedTo: 'iran',
      reliability: Reliability.E,
      publishedOn: '2022-09-03',
    },
  ]) {
    await sourceWriteService.create(ctx, s);
  }
  ids.echoes = await claimWriteService.recordTransfer(
    ctx,
    claim('echoed drones', [
      { source: 'wapo-1', quote: 'a', chain: [US_FINDING], credibility: 4 },
      { source: 'reuters-1', quote: 'b', chain: [US_FINDING], credibility: 3 },
      { source: 'ap-1', quote: 'c', chain: [US_FINDING], credibility: 5 },
    ]),
  );
  ids.twoGovernments = await claimWriteService.recordTransfer(
    ctx,
    claim('drones two governments confirm', [
      { source: 'wapo-1', quote: 'a', chain: [WHITE_HOUSE_STATEMENT], credibility: 3 },
      { source: 'reuters-1', quote: 'b', chain: ['iran-statement'], credibility: 2 },
    ]),
  );
  ids.denied = await claimWriteService.recordTransfer(
    ctx,
    claim('drones Russia denies', [
      { source: 'reuters-1', quote: 'a', chain: [WHITE_HOUSE_STATEMENT], credibility: 2 },
      { source: 'ap-1', quote: 'b', chain: ['kremlin-denial'], stance: Stance.DISPUTES, credibility: 1 },
    ]),
  );
});
afterAll(() => t.close());

const ASSESSMENT = `assessment { verdict independentVoices disputingVoices voices { kind name } disputing { name }
  bestReliability bestCredibility grade firstReported { source { key } date } explanation }`;
const assessment = async (id: string) =>
  (await t.data(`{ transfer(id: "${id}") { ${ASSESSMENT} } }`)).transfer.assessment;

describe('assessment over HTTP', () => {
  it("the seed's shells: one voice, the US intelligence community, first reported by the New York Times", async () => {
    const d = await t.data(
      `{ transfers(filter: { supplier: "north-korea", category: AMMUNITION }) { edges { node { ${ASSESSMENT} } } } }`,
    );
    const a = d.transfers.edges[0].node.assessment;
    expect(a).toMatchObject({
      verdict: 'SINGLE_SOURCE',
      independentVoices: 1,
      disputingVoices: 0,
      voices: [{ kind: 'ACTOR', name: 'US intelligence community' }],
      grade: 'F2',
      firstReported: { source: { key: 'nyt-2022-09-05-russia-north-korea-munitions' }, date: '2022-09-05' },
    });
    expect(a.explanation).toBe(
      'Single source: 1 independent voice (US intelligence community), relayed by 3 sources (The Guardian ← The New York Times ← ' +
        'US intelligence finding on Russia buying North Korean rockets and shells (newly downgraded)); first reported by ' +
        'The New York Times on 2022-09-05; grade F2; no disputing voice.',
    );
  });

  it('one article, two voices for two claims: the drones rest on the White House, the shells on US intelligence', async () => {
    const d = await t.data(`{ transfers(filter: { supplier: "iran", status: DELIVERED, to: "2022-08" }) { edges { node {
      designation evidence { source { publisher } } assessment { voices { name } } } } } }`);
    const drones = d.transfers.edges.map((e: any) => e.node);
    expect(drones.map((n: any) => n.designation).sort()).toEqual(['Mohajer-6', 'Shahed-series']);
    for (const n of drones) {
      expect(n.evidence.every((c: any) => c.source.publisher === 'The Guardian')).toBe(true);
      expect(n.assessment.voices).toEqual([{ name: 'White House' }]);
    }
  });

  it('three outlets echoing one finding are one voice', async () => {
    expect(await assessment(ids.echoes)).toMatchObject({
      verdict: 'SINGLE_SOURCE',
      independentVoices: 1,
      voices: [{ kind: 'ACTOR', name: 'US intelligence community' }],
      bestReliability: 'F',
      bestCredibility: 3,
      grade: 'F3',
      firstReported: { source: { key: 'ap-1' }, date: '2022-09-02' },
    });
  });

  it('two outlets citing two governments are two voices, graded by the best origin and citation', async () => {
    const a = await assessment(ids.twoGovernments);
    expect(a).toMatchObject({
      verdict: 'CORROBORATED',
      independentVoices: 2,
      bestReliability: 'E',
      bestCredibility: 2,
      grade: 'E2',
    });
    expect(a.voices.map((v: any) => v.name).sort()).toEqual(['Iran', 'White House']);
    expect(a.explanation).toMatch(/^Corroborated: 2 independent voices/);
  });

  it('a government denial makes the claim contested, and does not lend its grade', async () => {
    const a = await assessment(ids.denied);
    expect(a).toMatchObject({
      verdict: 'CONTESTED',
      independentVoices: 1,
      disputingVoices: 1,
      disputing: [{ name: 'Russia' }],
      grade: 'F2',
    });
    expect(a.explanation).toMatch(/1 disputing voice \(Russia\)\.$/);
  });

  it('filters and orders by evidence on the stored summary', async () => {
    const items = async (filter: string, order = '') =>
      (await t.data(`{ transfers(filter: ${filter} ${order}) { edges { node { item } } } }`)).transfers.edges.map(
        (e: any) => e.node.item,
      );
    expect(await items('{ verdict: CONTESTED }')).toEqual(['drones Russia denies']);
    expect(await items('{ minIndependentVoices: 2 }')).toEqual(['drones two governments confirm']);
    expect((await items('{ minReliability: E }')).sort()).toEqual(['drones two governments confirm']);
    expect(await items('{ minCredibility: 2, supplier: "iran", verdict: [CORROBORATED, CONTESTED] }')).toHaveLength(2);
    const strongest = await items('{ supplier: "iran" }', ', orderBy: STRONGEST_EVIDENCE_FIRST');
    expect(strongest[0]).toBe('drones two governments confirm');
    expect(strongest[strongest.length - 1]).toBe('drones Russia denies');
  });

  it('exposes each hop of a chain so a client can draw it back to the origin voice', async () => {
    const d =
      await t.data(`{ transfers(filter: { supplier: "north-korea", category: AMMUNITION }) { edges { node { evidence {
      source { publisher } chain { title publisher publishedOn attributedTo { name } } origin { title } attributedTo { name } } } } } }`);
    const [c] = d.transfers.edges[0].node.evidence;
    const drawn =
      [c.source.publisher, ...c.chain.map((s: any) => s.publisher)].join(' ← ') + ` (${c.attributedTo.name})`;
    expect(drawn).toBe('The Guardian ← The New York Times ← US intelligence community (US intelligence community)');
    expect(c.chain[1]).toMatchObject({ publishedOn: null, attributedTo: { name: 'US intelligence community' } });
    expect(c.origin.title).toBe(c.chain[1].title);
  });

  it('keeps the stored summary of every claim equal to the assessment computed from its citations', async () => {
    for (const [table, query] of [
      ['transfer', 'transfers'],
      ['recognition', 'recognitions'],
    ]) {
      const d = await t.data(`{ ${query}(first: 500, filter: { includeRetracted: true }) { edges { node {
        id assessment { verdict independentVoices disputingVoices bestReliability bestCredibility } } } } }`);
      const withStrength = (a: any) => ({
        ...a,
        strength: evidenceStrength(a.verdict, a.independentVoices, a.bestReliability, a.bestCredibility),
      });
      const stored = await t.server.dataSource.query(
        `SELECT id, verdict, independent_voices AS "independentVoices", disputing_voices AS "disputingVoices",
                best_reliability AS "bestReliability", best_credibility AS "bestCredibility", strength FROM ${table}`,
      );
      const byId = new Map(
        stored.map((r: any) => [
          r.id,
          {
            ...r,
            independentVoices: Number(r.independentVoices),
            disputingVoices: Number(r.disputingVoices),
            bestCredibility: r.bestCredibility === null ? null : Number(r.bestCredibility),
            strength: Number(r.strength),
          },
        ]),
      );
      expect(d[query].edges).toHaveLength(stored.length);
      for (const { node } of d[query].edges)
        expect({ id: node.id, ...withStrength(node.assessment) }).toEqual(byId.get(node.id));
    }
  });
});
