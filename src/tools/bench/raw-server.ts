import 'reflect-metadata';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import { Role } from '../../core/auth/role.enum';
import type { RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import { normalizeName } from '../../core/util/normalize-name';
import { loadConfig } from '../../core/config/config';
import { createContext } from '../../domain/context';
import { SQLITE_PRAGMAS } from '../../core/db/data-source';
import { networkService } from '../../domain/network/network.service';
import { foldForSearch } from '../../domain/search/search-index';
import { openDatabase } from '../../domain/database';
import { claimLoaders } from '../../domain/claims/claim.loaders';
import { actorLoaders } from '../../domain/actors/actor.loaders';

/**
 * The benchmark's baseline: the practical limit for the same answers, without GraphQL. node:http,
 * one better-sqlite3 read connection with prepared statements, and the JSON built directly.
 * The nested query, the alias lookup and search are hand-written SQL; supplyNetwork and the write
 * call Supplyline's own services (the network walk and the write path with its evidence rules
 * are not worth writing twice), so their ratio is the price of the API layer alone.
 * Usage: node raw-server.js <sqlite file> <port>. Answers POST /graphql by operationName.
 */
const [file, portArg] = process.argv.slice(2);
const db = new Database(file, { readonly: true, fileMustExist: true });
for (const p of SQLITE_PRAGMAS.filter((p) => !p.startsWith('journal_mode'))) db.pragma(p);

const ids = (values: readonly string[]) => JSON.stringify(values);
const statements = {
  // The actor and the bodies below it (and actors merged into them), as the API rolls up.
  tree: db
    .prepare(
      `WITH RECURSIVE tree(id) AS (SELECT id FROM actor WHERE key = ? UNION SELECT a.id FROM actor a JOIN tree ON a.parent_id = tree.id OR a.merged_into_id = tree.id) SELECT id FROM tree`,
    )
    .pluck(),
  actorNames: db.prepare('SELECT id, name FROM actor WHERE id IN (SELECT value FROM json_each(?))'),
  sources: db.prepare(`SELECT c.transfer_id AS claim, s.title, s.url FROM citation c JOIN source s ON s.id = c.source_id
    WHERE c.transfer_id IN (SELECT value FROM json_each(?)) AND c.removed_at IS NULL ORDER BY c.transfer_id, c.position`),
  byName: db.prepare(
    'SELECT a.id, a.key, a.name, a.kind FROM actor a JOIN actor_name n ON n.actor_id = a.id WHERE n.normalized = ?',
  ),
  aliases: db.prepare('SELECT name FROM actor_name WHERE actor_id = ? AND NOT is_primary ORDER BY normalized').pluck(),
  search:
    db.prepare(`SELECT entity_type AS type, entity_id AS id, -bm25(search_index) AS score, snippet(search_index, -1, '[', ']', '…', 16) AS snippet
    FROM search_index WHERE search_index MATCH ? AND entity_type IN ('actor', 'source', 'transfer', 'recognition') ORDER BY bm25(search_index), entity_id LIMIT ?`),
  actorsByIds: db.prepare('SELECT id, key, name FROM actor WHERE id IN (SELECT value FROM json_each(?))'),
};
const recentTo = new Map<number, Database.Statement>();

/** The newest transfers to any of these recipients: one index range per recipient, merged. */
function recentTransfers(recipients: string[], first: number): { id: string; item: string; supplierId: string }[] {
  let stmt = recentTo.get(recipients.length);
  if (!stmt) {
    const branch = `SELECT id FROM (SELECT id FROM transfer WHERE recipient_id = ? AND NOT retracted ORDER BY sort_date DESC, id DESC LIMIT ?)`;
    stmt =
      db.prepare(`SELECT id, item, supplier_id AS supplierId FROM transfer WHERE id IN (${recipients.map(() => branch).join(' UNION ALL ')})
      ORDER BY sort_date DESC, id DESC LIMIT ?`);
    recentTo.set(recipients.length, stmt);
  }
  return stmt.all(...recipients.flatMap((r) => [r, first]), first) as never;
}

function nested(v: { actor: string }): unknown {
  const page = recentTransfers(statements.tree.all(v.actor) as string[], 50);
  const names = new Map(
    (statements.actorNames.all(ids([...new Set(page.map((t) => t.supplierId))])) as { id: string; name: string }[]).map(
      (a) => [a.id, a.name],
    ),
  );
  const evidence = new Map<string, { source: { title: string; url: string | null } }[]>();
  for (const c of statements.sources.all(ids(page.map((t) => t.id))) as {
    claim: string;
    title: string;
    url: string | null;
  }[]) {
    const list = evidence.get(c.claim) ?? [];
    list.push({ source: { title: c.title, url: c.url } });
    evidence.set(c.claim, list);
  }
  const edges = page.map((t) => ({
    node: { id: t.id, item: t.item, supplier: { name: names.get(t.supplierId) }, evidence: evidence.get(t.id) ?? [] },
  }));
  return { transfers: { edges } };
}

function alias(v: { name: string }): unknown {
  const a = statements.byName.get(normalizeName(v.name)) as
    { id: string; key: string; name: string; kind: string } | undefined;
  return {
    actor: a ? { id: a.id, key: a.key, name: a.name, kind: a.kind, aliases: statements.aliases.all(a.id) } : null,
  };
}

function search(v: { text: string }): unknown {
  const terms = foldForSearch(v.text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const rows = statements.search.all(terms.map((t) => `"${t}"*`).join(' '), 20) as {
    type: string;
    id: string;
    score: number;
    snippet: string;
  }[];
  const actors = new Map(
    (
      statements.actorsByIds.all(ids(rows.filter((r) => r.type === 'actor').map((r) => r.id))) as {
        id: string;
        key: string;
        name: string;
      }[]
    ).map((a) => [a.id, a]),
  );
  return {
    search: rows.map((r) => {
      const a = actors.get(r.id);
      return {
        kind: r.type.toUpperCase(),
        score: r.score,
        snippet: r.snippet,
        actor: r.type === 'actor' && a ? { key: a.key, name: a.name } : null,
      };
    }),
  };
}

async function main(): Promise<void> {
  const { app } = await openDatabase(loadConfig({ DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'warn' }));
  const editor = { name: 'bench', role: Role.EDITOR };

  async function network(v: { actor: string }): Promise<unknown> {
    // The answer holds no voices: they are not read (as Supplyline does when they are not asked for).
    const n = (await networkService.network(
      createContext(app),
      [v.actor],
      2,
      undefined,
      false,
      undefined,
      false,
    )) as unknown as {
      truncated: boolean;
      nodes: { actor: { key: string; name: string }; degree: number }[];
      edges: {
        kind: string;
        source: { key: string };
        target: { key: string };
        claimCount: number;
        strongestVerdict: string;
      }[];
    };
    return {
      supplyNetwork: {
        truncated: n.truncated,
        nodes: n.nodes.map((x) => ({ actor: { key: x.actor.key, name: x.actor.name }, degree: x.degree })),
        edges: n.edges.map((e) => ({
          kind: e.kind,
          source: { key: e.source.key },
          target: { key: e.target.key },
          claimCount: e.claimCount,
          strongestVerdict: e.strongestVerdict,
        })),
      },
    };
  }

  async function write(v: { input: RecordTransferInput }): Promise<unknown> {
    const ctx = createContext(app, undefined, editor);
    const id = await claimWriteService.recordTransfer(ctx, v.input);
    const t = (await claimLoaders(ctx).transferById.load(id))!;
    const supplier = (await actorLoaders(ctx).actorById.load(t.supplierId))!;
    return { recordTransfer: { item: t.item, supplier: { name: supplier.name }, assessment: { verdict: t.verdict } } };
  }

  // Each handler takes its own operation's variables: the operation name picks the handler.
  const handlers: Record<string, (v: never) => unknown> = {
    Nested: nested,
    Alias: alias,
    Search: search,
    Network: network,
    Write: write,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    const data = await handlers[body.operationName](body.variables as never);
    const json = `${JSON.stringify({ data })}\n`;
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(`raw server: ${e instanceof Error ? e.stack : e}\n`);
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
  });
  server.listen(Number(portArg), '127.0.0.1', () => process.stdout.write('ready\n'));
}

void main();
