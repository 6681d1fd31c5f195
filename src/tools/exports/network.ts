import type { Writable } from 'node:stream';
import type { ActorRow } from '../../domain/actors/actor.rows';
import { createContext } from '../../domain/context';
import type { AppServices } from '../../core/db/open-database';
import { claimPages } from './claim-scan';
import { write } from './stream-write';
import { xml } from './xml';
import { actorLoaders } from '../../domain/actors/actor.loaders';

/**
 * The knowledge base as a directed multigraph for graph tools: actors are nodes (id = key);
 * every transfer and recognition is an edge of its own (parallel edges kept), with its attributes.
 */
export const NODE_ATTRIBUTES = [
  ['name', 'string'],
  ['kind', 'string'],
  ['country', 'string'],
] as const;
export const EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['category', 'string'],
  ['item', 'string'],
  ['designation', 'string'],
  ['status', 'string'],
  ['start', 'string'],
  ['end', 'string'],
  ['verdict', 'string'],
  ['independent_voices', 'int'],
  ['grade', 'string'],
] as const;

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  data: Record<string, string | number | null>;
}

async function* actorBatches(app: AppServices): AsyncGenerator<ActorRow[]> {
  for await (const batch of app.sql.scan<{ id: string }>('actor', ['id'], 500, 'merged_into_id IS NULL')) {
    yield (await actorLoaders(createContext(app, 'export')).actorById.loadMany(batch.map((b) => b.id))) as ActorRow[];
  }
}

/** Edges a page at a time; `start` runs once the filter is known good, before the first page. */
async function* edgeBatches(
  app: AppServices,
  filter: Record<string, unknown>,
  start: () => Promise<void>,
): AsyncGenerator<NetworkEdge[]> {
  for await (const { ctx, rows } of claimPages(app, filter, start)) {
    const ends = rows.flatMap((r) =>
      'supplierId' in r ? [r.supplierId, r.recipientId] : [r.recognizerId, r.recognizedId],
    );
    const actors = new Map(
      ((await actorLoaders(ctx).actorById.loadMany([...new Set(ends)])) as ActorRow[]).map((a) => [a.id, a.key]),
    );
    yield rows.map((r) => {
      const grade = r.bestReliability && r.bestCredibility ? `${r.bestReliability}${r.bestCredibility}` : null;
      const common = { verdict: r.verdict, independent_voices: r.independentVoices, grade };
      return 'supplierId' in r
        ? {
            id: `transfer-${r.id}`,
            source: actors.get(r.supplierId)!,
            target: actors.get(r.recipientId)!,
            data: {
              type: 'transfer',
              category: r.category,
              item: r.item,
              designation: r.designation,
              status: r.status,
              start: r.periodStart,
              end: r.periodEnd,
              ...common,
            },
          }
        : {
            id: `recognition-${r.id}`,
            source: actors.get(r.recognizerId)!,
            target: actors.get(r.recognizedId)!,
            data: {
              type: 'recognition',
              category: null,
              item: null,
              designation: null,
              status: r.status,
              start: r.recognizedOn,
              end: null,
              ...common,
            },
          };
    });
  }
}

/** GraphML, as Gephi, yEd and NetworkX read it. */
export async function writeGraphml(app: AppServices, filter: Record<string, unknown>, out: Writable): Promise<void> {
  const keys = [
    ...NODE_ATTRIBUTES.map(([k, t]) => `<key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_ATTRIBUTES.map(([k, t]) => `<key id="${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const data = (d: Record<string, unknown>) =>
    Object.entries(d)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<data key="${k}">${xml(v)}</data>`)
      .join('');
  const begin = async () => {
    await write(
      out,
      `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys.join('\n')}\n<graph id="supplyline" edgedefault="directed">\n`,
    );
    for await (const actors of actorBatches(app)) {
      await write(
        out,
        actors
          .map(
            (a) => `<node id="${xml(a.key)}">${data({ name: a.name, kind: a.kind, country: a.countryCode })}</node>\n`,
          )
          .join(''),
      );
    }
  };
  for await (const edges of edgeBatches(app, filter, begin)) {
    await write(
      out,
      edges
        .map(
          (e) => `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data(e.data)}</edge>\n`,
        )
        .join(''),
    );
  }
  await write(out, '</graph>\n</graphml>\n');
}

/**
 * The GEXF versions written (?version=, 1.3 when absent). 1.2 ("1.2draft") is what readers of
 * before 2022 take, Debian's NetworkX among them. The body is the same in both: what 1.3 added
 * (edge kind, optional edge ids, list types other than liststring, byte/short/char/big* types,
 * timestamps) is not used — edges keep their ids, attributes are string and integer, which 1.2
 * has — so only the namespace and the version differ.
 */
export const GEXF_VERSIONS = {
  '1.2': '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">',
  '1.3': '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
} as const;
export type GexfVersion = keyof typeof GEXF_VERSIONS;

/** GEXF, Gephi's own format: 1.3, or 1.2 when asked. */
export async function writeGexf(
  app: AppServices,
  filter: Record<string, unknown>,
  out: Writable,
  version: GexfVersion = '1.3',
): Promise<void> {
  const attrs = (cls: string, list: readonly (readonly [string, string])[]) =>
    `<attributes class="${cls}">${list.map(([k, t]) => `<attribute id="${k}" title="${k}" type="${t === 'int' ? 'integer' : 'string'}"/>`).join('')}</attributes>`;
  const values = (d: Record<string, unknown>) =>
    `<attvalues>${Object.entries(d)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `<attvalue for="${k}" value="${xml(v)}"/>`)
      .join('')}</attvalues>`;
  const begin = async () => {
    await write(
      out,
      `<?xml version="1.0" encoding="UTF-8"?>\n${GEXF_VERSIONS[version]}\n<graph defaultedgetype="directed" mode="static">\n${attrs('node', NODE_ATTRIBUTES)}\n${attrs('edge', EDGE_ATTRIBUTES)}\n<nodes>\n`,
    );
    for await (const actors of actorBatches(app)) {
      await write(
        out,
        actors
          .map(
            (a) =>
              `<node id="${xml(a.key)}" label="${xml(a.name)}">${values({ name: a.name, kind: a.kind, country: a.countryCode })}</node>\n`,
          )
          .join(''),
      );
    }
    await write(out, '</nodes>\n<edges>\n');
  };
  for await (const edges of edgeBatches(app, filter, begin)) {
    await write(
      out,
      edges
        .map(
          (e) =>
            `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}" label="${xml(e.data.type)}">${values(e.data)}</edge>\n`,
        )
        .join(''),
    );
  }
  await write(out, '</edges>\n</graph>\n</gexf>\n');
}
