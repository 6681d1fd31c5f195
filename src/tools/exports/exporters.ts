import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { ActorRow } from '../../domain/actors/actor.rows';
import { RECOGNITION_KIND, TRANSFER_KIND } from '../../domain/claims/claim-kinds';
import type { ClaimKind } from '../../domain/claims/claim-kinds';
import type { RecognitionRow, TransferRow } from '../../domain/claims/claim.rows';
import { createContext } from '../../domain/context';
import type { AppServices } from '../../core/db/open-database';
import type { SourceRow } from '../../domain/sources/source.rows';
import {
  CITATION_CSV_COLUMNS,
  RECOGNITION_CSV_COLUMNS,
  TRANSFER_CSV_COLUMNS,
  citationRecords,
  claimDocument,
  recognitionRecord,
  transferRecord,
  withEvidence,
} from './claim-records';
import type { Evidence } from './claim-records';
import { claimPages, scanClaimsAfter } from './claim-scan';
import { GEXF_VERSIONS, writeGexf, writeGraphml } from './network';
import type { GexfVersion } from './network';
import { writeStix } from './stix';
import { csvLines } from './csv';
import { withReadSnapshot } from '../../core/db/read-snapshot';
import { writeDump } from './dump';
import { writeEchoReport } from './echo-report';
import { write } from './stream-write';
import { RECOGNITION_PARAMS, TRANSFER_PARAMS, oneOf } from './url-filter';
import { actorLoaders } from '../../domain/actors/actor.loaders';
import { sourceLoaders } from '../../domain/sources/source.loaders';

type Params = typeof TRANSFER_PARAMS;

export interface Exporter {
  readonly contentType: string;
  /** URL parameters it takes as a claim filter (none when absent). */
  readonly params?: Params;
  write(app: AppServices, dataSource: DataSource, filter: Record<string, unknown>, out: Writable): Promise<void>;
}

const CSV = 'text/csv; charset=utf-8; header=present';

async function writeClaimsCsv(app: AppServices, out: Writable, filter: object, table: 'transfer' | 'recognition') {
  if (table === 'transfer') return writeCsv(app, out, filter, TRANSFER_KIND, TRANSFER_CSV_COLUMNS, transferRecord);
  return writeCsv(app, out, filter, RECOGNITION_KIND, RECOGNITION_CSV_COLUMNS, recognitionRecord);
}

async function writeCsv<Row extends TransferRow | RecognitionRow>(
  app: AppServices,
  out: Writable,
  filter: object,
  kind: ClaimKind<Row>,
  columns: readonly string[],
  record: (row: Row, ev: Evidence) => Record<string, unknown>,
) {
  const header = () => write(out, csvLines(columns, [], true));
  for await (const { ctx, rows } of scanClaimsAfter(app, kind, filter, header)) {
    const ev = await withEvidence(ctx, kind.table, rows);
    await write(
      out,
      csvLines(
        columns,
        rows.map((r) => record(r, ev)),
        false,
      ),
    );
  }
}

async function eachClaimPage(
  app: AppServices,
  filter: Record<string, unknown>,
  start: () => Promise<void>,
  visit: (
    table: 'transfer' | 'recognition',
    rows: (TransferRow | RecognitionRow)[],
    ev: Awaited<ReturnType<typeof withEvidence>>,
  ) => Promise<void>,
) {
  for await (const { table, ctx, rows } of claimPages(app, filter, start))
    await visit(table, rows, await withEvidence(ctx, table, rows));
}

const ACTOR_CSV_COLUMNS = ['key', 'name', 'kind', 'country_code', 'parent_key', 'aliases', 'description'] as const;
const SOURCE_CSV_COLUMNS = [
  'key',
  'title',
  'publisher',
  'url',
  'kind',
  'published_on',
  'reliability',
  'attributed_to_key',
  'derived_from_keys',
  'has_text',
] as const;

/** Every export, by the file name it is served under (/export/<name>) and made by the CLI. */
export const EXPORTERS: Record<string, Exporter> = {
  'dump.json': {
    contentType: 'application/json; charset=utf-8',
    // One snapshot for the whole dump, so a write during it cannot leave it unrestorable.
    write: (app, dataSource, _f, out) => withReadSnapshot(app, dataSource, (sql) => writeDump(sql, dataSource, out)),
  },
  'transfers.csv': {
    contentType: CSV,
    params: TRANSFER_PARAMS,
    write: (app, _d, f, out) => writeClaimsCsv(app, out, f, 'transfer'),
  },
  'recognitions.csv': {
    contentType: CSV,
    params: RECOGNITION_PARAMS,
    write: (app, _d, f, out) => writeClaimsCsv(app, out, f, 'recognition'),
  },
  'citations.csv': {
    contentType: CSV,
    params: TRANSFER_PARAMS,
    async write(app, _d, filter, out) {
      const header = () => write(out, csvLines(CITATION_CSV_COLUMNS, [], true));
      await eachClaimPage(app, filter, header, (table, rows, ev) =>
        write(
          out,
          csvLines(
            CITATION_CSV_COLUMNS,
            rows.flatMap((r) => citationRecords(table, r.id, ev)),
            false,
          ),
        ),
      );
    },
  },
  'claims.jsonl': {
    contentType: 'application/x-ndjson; charset=utf-8',
    params: TRANSFER_PARAMS,
    write: (app, _d, filter, out) =>
      eachClaimPage(
        app,
        filter,
        async () => undefined,
        (table, rows, ev) => write(out, rows.map((r) => `${JSON.stringify(claimDocument(table, r, ev))}\n`).join('')),
      ),
  },
  'network.graphml': {
    contentType: 'application/graphml+xml; charset=utf-8',
    params: TRANSFER_PARAMS,
    write: (app, _d, f, out) => writeGraphml(app, f, out),
  },
  'network.gexf': {
    contentType: 'application/gexf+xml; charset=utf-8',
    // ?version=1.2 for older readers (1.3 when absent); the other parameters filter the claims.
    params: { ...TRANSFER_PARAMS, version: oneOf(Object.keys(GEXF_VERSIONS), 'the GEXF version; 1.3 when absent') },
    write: (app, _d, { version, ...f }, out) => writeGexf(app, f, out, (version as GexfVersion | undefined) ?? '1.3'),
  },
  'stix.json': {
    contentType: 'application/stix+json; version=2.1; charset=utf-8',
    params: TRANSFER_PARAMS,
    // One consistent snapshot: a report may reference only claims the bundle holds, and which
    // claims those are is asked of the database again when the reports are written.
    write: (app, dataSource, f, out) => withReadSnapshot(app, dataSource, (sql) => writeStix({ ...app, sql }, f, out)),
  },
  'actors.csv': {
    contentType: CSV,
    async write(app, _d, _f, out) {
      await write(out, csvLines(ACTOR_CSV_COLUMNS, [], true));
      for await (const batch of app.sql.scan<{ id: string }>('actor', ['id'], 500, 'merged_into_id IS NULL')) {
        const ctx = createContext(app, 'export');
        const rows = (await actorLoaders(ctx).actorById.loadMany(batch.map((b) => b.id))) as ActorRow[];
        const aliases = await actorLoaders(ctx).aliasesByActor.loadMany(rows.map((r) => r.id));
        const parents = await actorLoaders(ctx).actorById.loadMany(
          rows.map((r) => r.parentId).filter((x): x is string => !!x),
        );
        const parentKey = new Map((parents as ActorRow[]).map((p) => [p.id, p.key]));
        await write(
          out,
          csvLines(
            ACTOR_CSV_COLUMNS,
            rows.map((r, i) => ({
              key: r.key,
              name: r.name,
              kind: r.kind,
              country_code: r.countryCode,
              parent_key: r.parentId ? parentKey.get(r.parentId) : null,
              aliases: (aliases[i] as string[]).join(';'),
              description: r.description,
            })),
            false,
          ),
        );
      }
    },
  },
  'sources.csv': {
    contentType: CSV,
    async write(app, _d, _f, out) {
      await write(out, csvLines(SOURCE_CSV_COLUMNS, [], true));
      // Whether each has a text, not the text (up to a million characters each, 500 at a time).
      for await (const batch of app.sql.scan<{ id: string; hasText: unknown }>(
        'source',
        ['id'],
        500,
        undefined,
        'id, text IS NOT NULL AS "hasText"',
      )) {
        const ctx = createContext(app, 'export');
        const rows = (await sourceLoaders(ctx).sourceById.loadMany(batch.map((b) => b.id))) as SourceRow[];
        const derived = await sourceLoaders(ctx).derivedFrom.loadMany(rows.map((r) => r.id));
        const actors = await actorLoaders(ctx).actorById.loadMany(
          rows.map((r) => r.attributedToId).filter((x): x is string => !!x),
        );
        const actorKey = new Map((actors as ActorRow[]).map((a) => [a.id, a.key]));
        await write(
          out,
          csvLines(
            SOURCE_CSV_COLUMNS,
            rows.map((r, i) => ({
              key: r.key,
              title: r.title,
              publisher: r.publisher,
              url: r.url,
              kind: r.kind,
              published_on: r.publishedOn,
              reliability: r.reliability,
              attributed_to_key: r.attributedToId ? actorKey.get(r.attributedToId) : null,
              derived_from_keys: (derived[i] as SourceRow[]).map((s) => s.key).join(';'),
              has_text: Boolean(batch[i].hasText),
            })),
            false,
          ),
        );
      }
    },
  },
  'echoes.csv': {
    contentType: CSV,
    // One snapshot, so the derivation graph and the links are read at the same moment.
    write: (app, dataSource, _f, out) => withReadSnapshot(app, dataSource, (sql) => writeEchoReport(sql, out)),
  },
};
