import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await fetch(`${t.url}/export/${path}`);
  return { res, body: await res.text() };
};

// graphology's parsers need a DOMParser; the browser's is not there in Node.
(globalThis as any).DOMParser = DOMParser;

describe('graph exports, read back with an independent graph library', () => {
  it.each([
    ['network.graphml', parseGraphml, /^application\/graphml\+xml/],
    ['network.gexf', parseGexf, /^application\/gexf\+xml/],
  ])('%s: actors as nodes, every claim as its own edge', async (name, parse, type) => {
    const { res, body } = await get(name);
    expect(res.headers.get('content-type')).toMatch(type);
    const graph = (parse as any)(MultiDirectedGraph, body);
    expect(graph.order).toBe(11);
    expect(graph.size).toBe(7 + 6);
    expect(graph.getNodeAttribute('north-korea', 'kind')).toBe('STATE');
    expect(graph.getNodeAttribute('north-korea', 'country')).toBe('PRK');
    const iranToRussia = graph.edges('iran', 'russia');
    expect(iranToRussia).toHaveLength(3); // parallel edges kept
    const designations = iranToRussia
      .map((e: string) => graph.getEdgeAttribute(e, 'designation'))
      .filter(Boolean)
      .sort();
    expect(designations).toEqual(['Mohajer-6', 'Shahed-series']);
    const shells = graph.edges('north-korea', 'russian-ministry-of-defence')[0];
    expect(graph.getEdgeAttributes(shells)).toMatchObject({
      type: 'transfer',
      category: 'AMMUNITION',
      status: 'IN_PROGRESS',
      verdict: 'SINGLE_SOURCE',
      grade: 'F2',
    });
    expect(Number(graph.getEdgeAttribute(shells, 'independent_voices'))).toBe(1);
    const recognitions = graph
      .edges('north-korea', 'donetsk-peoples-republic')
      .filter((e: string) => graph.getEdgeAttribute(e, 'type') === 'recognition');
    expect(recognitions.map((e: string) => graph.getEdgeAttribute(e, 'start'))).toEqual(['2022-07']);
  });

  it('filters edges with the claim filters', async () => {
    const graph = parseGraphml(MultiDirectedGraph, (await get('network.graphml?actor=iran')).body);
    expect(graph.size).toBe(3);
    expect(graph.order).toBe(11);
  });
});

describe('STIX 2.1 bundle', () => {
  const ID = /^([a-z][a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

  it('has valid objects, deterministic ids and resolvable references', async () => {
    const { res, body } = await get('stix.json');
    expect(res.headers.get('content-type')).toMatch(/^application\/stix\+json/);
    const bundle = JSON.parse(body);
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(/^bundle--[0-9a-f-]{36}$/);
    const byId = new Map<string, any>(bundle.objects.map((o: any) => [o.id, o]));
    expect(byId.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      expect(o.spec_version).toBe('2.1');
      expect(o.id).toMatch(ID);
      expect(o.id.split('--')[0]).toBe(o.type);
      expect(o.created).toMatch(TIME);
      expect(o.modified).toMatch(TIME);
      expect(o.modified >= o.created).toBe(true);
      for (const k of Object.keys(o)) expect(k).toMatch(k.startsWith('x_') ? /^x_[a-z0-9_]{1,248}$/ : /^[a-z_]+$/);
      if (o.type === 'identity') expect(['organization', 'group', 'unknown']).toContain(o.identity_class);
      if (o.type === 'location') expect(o.country).toMatch(/^[A-Z]{2}$/);
      if (o.type === 'relationship') {
        expect(byId.get(o.source_ref)).toBeDefined();
        expect(byId.get(o.target_ref)).toBeDefined();
        if (o.start_time && o.stop_time) expect(o.stop_time > o.start_time).toBe(true);
        if (o.relationship_type !== 'located-at') expect(o.confidence).toBeGreaterThanOrEqual(0);
      }
      if (o.type === 'report') {
        expect(o.published).toMatch(TIME);
        expect(o.object_refs.length).toBeGreaterThan(0);
        for (const ref of o.object_refs) expect(byId.get(ref)).toBeDefined();
        expect(o.external_references[0].source_name).toBeTruthy();
      }
    }
    const counts = bundle.objects.reduce(
      (m: Record<string, number>, o: any) => ({ ...m, [o.type]: (m[o.type] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ identity: 11, location: 6, relationship: 6 + 7 + 6, report: 4 });
    const shells = bundle.objects.find(
      (o: any) => o.relationship_type === 'supplies-to' && o.x_supplyline_category === 'AMMUNITION',
    );
    expect(shells.confidence).toBe(58); // SINGLE_SOURCE 50 + credibility 2 → +8
    expect(byId.get(shells.source_ref).name).toBe('North Korea');
    const nkDpr = bundle.objects.find(
      (o: any) => o.relationship_type === 'recognizes' && byId.get(o.source_ref).name === 'North Korea',
    );
    expect([nkDpr.start_time, nkDpr.stop_time]).toEqual(['2022-07-01T00:00:00.000Z', '2022-07-31T23:59:59.999Z']);

    const again = JSON.parse((await get('stix.json')).body);
    expect(again.objects.map((o: any) => o.id)).toEqual(bundle.objects.map((o: any) => o.id));
    expect(again.id).not.toBe(bundle.id);
  });
});

describe('STIX bundles stay self-contained', () => {
  it.each([['stix.json?actor=iran'], ['stix.json?recipient=russia&status=DELIVERED'], ['stix.json']])(
    '%s references only objects it holds, after a retraction too',
    async (path) => {
      const editor = await makeKey(t.server, `stix-${path}`, Role.EDITOR);
      const d = await t.data(
        `{ transfers(filter: { supplier: "north-korea", category: OTHER_MATERIEL }) { edges { node { id } } } }`,
      );
      if (d.transfers.edges.length)
        await t.gqlAs(editor, `mutation($id: ID!) { retractClaim(id: $id, reason: "stix test") { __typename } }`, {
          id: d.transfers.edges[0].node.id,
        });
      const bundle = JSON.parse((await get(path)).body);
      const ids = new Set(bundle.objects.map((o: any) => o.id));
      for (const o of bundle.objects) {
        for (const ref of [o.source_ref, o.target_ref, ...(o.object_refs ?? [])].filter(Boolean))
          expect(ids.has(ref)).toBe(true);
        if (o.type === 'report') expect(o.object_refs.some((r: string) => r.startsWith('relationship--'))).toBe(true);
        if (o.type === 'relationship' && o.relationship_type !== 'located-at')
          expect(o.confidence).toBeLessThanOrEqual(100);
      }
      // And every claim in it is referenced by the report of each source it cites.
      const reports = new Map<string, Set<string>>(
        bundle.objects
          .filter((o: any) => o.type === 'report')
          .map((o: any) => [o.external_references[0].external_id, new Set(o.object_refs)]),
      );
      let cited = 0;
      for (const o of bundle.objects)
        for (const e of o.x_supplyline_evidence ?? []) {
          expect({ claim: o.id, source: e.source, inReport: reports.get(e.source)?.has(o.id) }).toEqual({
            claim: o.id,
            source: e.source,
            inReport: true,
          });
          cited++;
        }
      expect(cited).toBeGreaterThan(0);
    },
  );
});

describe('exports of an empty knowledge base', () => {
  it('are valid, empty files', async () => {
    const empty = await startTestServer({ SUPPLYLINE_SEED: 'false' });
    try {
      const body = async (name: string) => (await fetch(`${empty.url}/export/${name}`)).text();
      expect(JSON.parse(await body('stix.json')).objects).toEqual([]);
      expect(parseGraphml(MultiDirectedGraph, await body('network.graphml')).order).toBe(0);
      // graphology reads an edgeless GEXF as a mixed graph
      expect(parseGexf(MultiGraph, await body('network.gexf')).order).toBe(0);
      expect(await body('claims.jsonl')).toBe('');
      expect((await body('transfers.csv')).split('\r\n').filter(Boolean)).toHaveLength(1);
      expect(Object.values(JSON.parse(await body('dump.json')).tables).every((rows: any) => rows.length === 0)).toBe(
        true,
      );
    } finally {
      await empty.close();
    }
  });
});
