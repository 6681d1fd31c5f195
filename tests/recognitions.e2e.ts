import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const PAIRS = `{ totalCount edges { node { recognizer { key } recognized { key } } } }`;
const pairs = (d: any) =>
  d.recognitions.edges.map((e: any) => `${e.node.recognizer.key}>${e.node.recognized.key}`).sort();

describe('recognitions', () => {
  it.each([
    [
      'recognizer',
      '{ recognizer: "Syrian Arab Republic" }',
      ['syria>donetsk-peoples-republic', 'syria>luhansk-peoples-republic'],
    ],
    [
      'recognized',
      '{ recognized: "LNR" }',
      ['north-korea>luhansk-peoples-republic', 'russia>luhansk-peoples-republic', 'syria>luhansk-peoples-republic'],
    ],
    ['actor on either side', '{ actor: "DPR", recognizer: "russia" }', ['russia>donetsk-peoples-republic']],
    [
      'date overlap',
      '{ from: "2022-07-20", to: "2022-12" }',
      ['north-korea>donetsk-peoples-republic', 'north-korea>luhansk-peoples-republic'],
    ],
    ['status', '{ status: WITHDRAWN }', []],
    ['status that all have', '{ status: RECOGNIZED }', 6],
    ['a verdict none has', '{ verdict: [CONTESTED, CORROBORATED] }', []],
    ['more voices than any has', '{ minIndependentVoices: 2 }', []],
    ['a reliability none reaches', '{ minReliability: E }', []],
    ['a credibility none reaches', '{ minCredibility: 1 }', []],
    ['verdict', '{ verdict: SINGLE_SOURCE, minIndependentVoices: 1, minReliability: F, minCredibility: 2 }', 6],
    ['recognizer rolls up: the Ministry recognizes nothing', '{ recognizer: "russian-ministry-of-defence" }', []],
  ])('filter by %s', async (_n, filter, expected) => {
    const d = await t.data(`{ recognitions(filter: ${filter}) ${PAIRS} }`);
    if (typeof expected === 'number') expect(d.recognitions.totalCount).toBe(expected);
    else expect(pairs(d)).toEqual(expected);
  });

  it('orders newest first: the dated one leads, then the undated', async () => {
    const d = await t.data(`{ recognitions { edges { node { date recognizer { key } } } } }`);
    expect(d.recognitions.edges.slice(0, 2).map((e: any) => e.node.date)).toEqual(['2022-07', '2022-07']);
    expect(d.recognitions.edges.slice(2).every((e: any) => e.node.date === null)).toBe(true);
  });

  it('carries evidence and assessment', async () => {
    const d = await t.data(`{ recognitions(filter: { recognizer: "north-korea" }, first: 1) { edges { node {
      evidence { quote chain { key } attributedTo { key } source { key } }
      assessment { verdict independentVoices voices { kind name source { key } } grade }
    } } } }`);
    const node = d.recognitions.edges[0].node;
    expect(node.evidence[0].chain).toEqual([]);
    expect(node.evidence[0].attributedTo).toBeNull();
    expect(node.assessment).toEqual({
      verdict: 'SINGLE_SOURCE',
      independentVoices: 1,
      voices: [{ kind: 'SOURCE', name: 'The Guardian', source: { key: 'guardian-2022-09-06-north-korea-shells' } }],
      grade: 'F2',
    });
  });

  it('refuses an unknown actor, naming the argument', async () => {
    const res = await t.gql(`{ recognitions(filter: { recognized: "Narnia" }) { totalCount } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.recognized' });
  });

  it('looks one up by id', async () => {
    const d = await t.data(`{ recognitions(first: 1) { edges { node { id recognizer { key } } } } }`);
    const { id, recognizer } = d.recognitions.edges[0].node;
    expect((await t.data(`{ recognition(id: "${id}") { recognizer { key } } }`)).recognition.recognizer).toEqual(
      recognizer,
    );
    expect((await t.data(`{ recognition(id: "nope") { id } }`)).recognition).toBeNull();
  });
});
