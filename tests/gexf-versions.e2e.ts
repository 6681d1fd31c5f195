import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { buildDist, ROOT } from './helpers/child-server';
import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * network.gexf in GEXF 1.2 on request (?version=1.2, or --filter version=1.2 on the command
 * line): the 1.2draft namespace, the same graph as 1.3, and read by NetworkX — the one Debian
 * ships (python3-networkx, 2.8 in bookworm) reads 1.1draft and 1.2draft only.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

(globalThis as any).DOMParser = DOMParser;

const get = async (query: string) => {
  const res = await fetch(`${t.url}/export/network.gexf${query}`);
  return { res, body: await res.text() };
};

const NODE_ATTRIBUTES = ['name', 'kind', 'country'];
const EDGE_ATTRIBUTES = ['type', 'category', 'item', 'designation', 'status', 'start', 'end', 'verdict'];
const EDGE_MORE = ['independent_voices', 'grade'];

/** The graph as plain data: nodes and edges by id, with their attributes (typed as the file declares). */
function asData(body: string) {
  const g = parseGexf(MultiDirectedGraph, body);
  const pick = (a: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => a[k] !== undefined).map((k) => [k, a[k]]));
  return {
    nodes: Object.fromEntries(g.mapNodes((n, a) => [n, { label: a.label, ...pick(a, NODE_ATTRIBUTES) }])),
    edges: Object.fromEntries(
      g.mapEdges((e, a, s, d) => [e, { source: s, target: d, ...pick(a, [...EDGE_ATTRIBUTES, ...EDGE_MORE]) }]),
    ),
  };
}

describe('GET /export/network.gexf?version=', () => {
  it('1.2: the 1.2draft namespace and version, and the same nodes, edges and attributes as 1.3', async () => {
    const v12 = await get('?version=1.2');
    expect(v12.res.status).toBe(200);
    expect(v12.res.headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    const root = new DOMParser().parseFromString(v12.body, 'text/xml').documentElement!;
    expect([root.namespaceURI, root.getAttribute('version')]).toEqual(['http://www.gexf.net/1.2draft', '1.2']);

    const v13 = await get('');
    const root13 = new DOMParser().parseFromString(v13.body, 'text/xml').documentElement!;
    expect([root13.namespaceURI, root13.getAttribute('version')]).toEqual(['http://gexf.net/1.3', '1.3']);
    expect((await get('?version=1.3')).body).toBe(v13.body); // 1.3 is the default
    // The same document apart from the root element.
    expect(v12.body.split('\n').slice(2)).toEqual(v13.body.split('\n').slice(2));

    const data = asData(v12.body);
    expect(data).toEqual(asData(v13.body));
    expect(Object.keys(data.nodes)).toHaveLength(11);
    expect(Object.keys(data.edges)).toHaveLength(7 + 6);
    expect(data.nodes['north-korea']).toEqual({
      label: 'North Korea',
      name: 'North Korea',
      kind: 'STATE',
      country: 'PRK',
    });
    const shells = Object.values(data.edges).find((e: any) => e.category === 'AMMUNITION');
    expect(shells).toMatchObject({ source: 'north-korea', type: 'transfer', independent_voices: 1, grade: 'F2' });
  });

  it('1.2 takes the claim filters too', async () => {
    const { body } = await get('?actor=iran&version=1.2');
    expect(Object.keys(asData(body).edges)).toHaveLength(3);
  });

  it.each([['1.1'], ['2'], [''], ['1.2draft']])('refuses version=%j: a 400 naming the parameter', async (v) => {
    const { res, body } = await get(`?version=${encodeURIComponent(v)}`);
    expect(res.status).toBe(400);
    const error = JSON.parse(body).errors[0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    expect(error.message).toBe(`"version" must be 1.2 or 1.3 (the GEXF version; 1.3 when absent); not "${v}".`);
  });

  it('is a parameter of network.gexf only', async () => {
    const res = await fetch(`${t.url}/export/network.graphml?version=1.2`);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
  });
});

/** A python3 that has NetworkX: Debian's first (/usr/bin/python3, python3-networkx), else the one on PATH. */
function pythonWithNetworkx(): { python: string; version: string } | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      const version = execFileSync(python, ['-c', 'import networkx; print(networkx.__version__)'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      })
        .toString()
        .trim();
      return { python, version };
    } catch {
      // not there, or no networkx: try the next
    }
  }
  return null;
}
const nx = pythonWithNetworkx();

(nx ? it : it.skip)(
  nx
    ? `NetworkX ${nx.version} (${nx.python}) reads the 1.2 file: the same nodes, edges and attributes`
    : 'NetworkX reads the 1.2 file — SKIPPED: no python3 with networkx here (apt-get install python3-networkx; .ci/run installs it)',
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supplyline-gexf-'));
    try {
      const file = join(dir, 'network.gexf');
      const { body } = await get('?version=1.2');
      writeFileSync(file, body);
      const script = `
import json, sys, networkx
g = networkx.read_gexf(sys.argv[1])
print(json.dumps({
  "multi": g.is_multigraph(), "directed": g.is_directed(),
  "nodes": {n: a for n, a in g.nodes(data=True)},
  "edges": {k: dict(a, source=u, target=v) for u, v, k, a in g.edges(keys=True, data=True)},
}))`;
      const { stdout } = await promisify(execFile)(nx!.python, ['-c', script, file]);
      const read = JSON.parse(stdout);
      expect([read.multi, read.directed]).toEqual([true, true]); // parallel edges kept
      const expected = asData(body);
      const strip = (o: Record<string, any>, drop: string[]) =>
        Object.fromEntries(Object.entries(o).filter(([k]) => !drop.includes(k)));
      expect(Object.fromEntries(Object.entries(read.nodes).map(([n, a]: [string, any]) => [n, strip(a, [])]))).toEqual(
        expected.nodes,
      );
      // NetworkX adds the edge's own id and label (the claim type) to its attributes.
      expect(
        Object.fromEntries(Object.entries(read.edges).map(([e, a]: [string, any]) => [e, strip(a, ['id', 'label'])])),
      ).toEqual(expected.edges);
      expect(Object.values(read.edges).every((a: any) => a.label === a.type)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);

describe('npm run export -- network.gexf --filter version=1.2', () => {
  beforeAll(() => buildDist(), 120_000);
  const cli = (args: string[]) =>
    promisify(execFile)(process.execPath, [join(ROOT, 'dist/src/tools/cli/export.js'), 'network.gexf', ...args], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'warn' },
      maxBuffer: 16 * 1024 * 1024,
    });

  it('writes what GET /export/network.gexf?version=1.2 serves', async () => {
    const { stdout } = await cli(['--filter', 'version=1.2&actor=iran']);
    expect(stdout).toBe((await get('?version=1.2&actor=iran')).body);
  }, 60_000);

  it('refuses another version, naming the parameter', async () => {
    await expect(cli(['--filter', 'version=1.4'])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('"version" must be 1.2 or 1.3'),
    });
  }, 60_000);
});
