import DataLoader from 'dataloader';
import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../core/context/context';
import { selectedFields } from '../../core/graphql/selection';
import { groupInOrder } from '../../core/util/batch';
import type { SourceRow } from '../sources/source.rows';
import type { CitationRow } from './citation.rows';

/**
 * A claim's evidence read for what the query asks of it: only the citation columns its fields
 * need and, when it asks plain fields of each citation's source, those sources joined in the
 * same statement — one statement for the evidence of a whole page instead of a full read of the
 * citations and another of their sources (materialising unused columns was most of the cost of
 * a nested read). Any field not in the tables below makes it the full read (claim-evidence.ts),
 * so the answer is always what the full read gives; tests/projection.e2e.ts checks every field.
 */

/** Columns each Citation field reads. */
const CITATION_FIELDS: Record<string, readonly string[]> = {
  __typename: [],
  id: ['c.id'],
  quote: ['c.quote'],
  stance: ['c.stance'],
  credibility: ['c.credibility'],
  attribution: ['c.attribution'],
  locator: ['c.locator'],
  verified: ['c.verified'],
  sourceTextSha256: ['c.source_text_sha256 AS "sourceTextSha256"'],
  attributedTo: ['c.attributed_to_id AS "attributedToId"'],
  transfer: ['c.transfer_id AS "transferId"'],
  recognition: ['c.recognition_id AS "recognitionId"'],
  chain: ['c.id'],
  origin: ['c.id', 'c.source_id AS "sourceId"'],
  source: ['c.source_id AS "sourceId"'],
};

/** Source fields answered from their own column, and that column (`id` is always read). */
const SOURCE_FIELDS: Record<string, readonly [column: string, property: string] | null> = {
  __typename: null,
  id: null,
  key: ['key', 'key'],
  title: ['title', 'title'],
  publisher: ['publisher', 'publisher'],
  url: ['url', 'url'],
  kind: ['kind', 'kind'],
  publishedOn: ['published_on', 'publishedOn'],
  reliability: ['reliability', 'reliability'],
  textSha256: ['text_sha256', 'textSha256'],
};

interface EvidencePlan {
  /** names the plan among a request's loaders */
  readonly key: string;
  readonly select: string;
  /** the source's columns read by the join and the properties they become; null without a join */
  readonly sourceProps: readonly (readonly [column: string, property: string])[] | null;
}

/** A citation read by a plan: the columns asked for, and its source when the plan joins it. */
export type ProjectedCitation = CitationRow & { readonly joinedSource?: SourceRow };

function planFor(info: GraphQLResolveInfo): EvidencePlan | null {
  const columns = new Set<string>();
  const fields = selectedFields(info, []);
  for (const field of fields) {
    const read = CITATION_FIELDS[field];
    if (!read) return null;
    for (const c of read) columns.add(c);
  }
  let sourceProps: [string, string][] | null = null;
  if (fields.has('source')) {
    sourceProps = [];
    for (const field of selectedFields(info, ['source'])) {
      if (!(field in SOURCE_FIELDS)) {
        sourceProps = null;
        break;
      }
      const read = SOURCE_FIELDS[field];
      if (read && !sourceProps.some(([c]) => c === read[0])) sourceProps.push([read[0], read[1]]);
    }
  }
  const joined = (sourceProps ?? []).map(([column, property]) => `s.${column} AS "source.${property}"`);
  const select = [...columns, ...joined].join(', ');
  // A join that adds no column still differs from no join (its rows carry their source).
  return { key: `${sourceProps ? 'joined' : 'alone'}:${select}`, select, sourceProps };
}

/** Plans by the field's node in the (cached) document: worked out once per query, not per claim. */
const plans = new WeakMap<FieldNode, EvidencePlan | null>();

export function evidencePlan(info: GraphQLResolveInfo): EvidencePlan | null {
  // A field asked in several places of one selection merges them; such a merge is planned each
  // time (a node that is also asked alone elsewhere must not share its plan).
  if (info.fieldNodes.length !== 1) return planFor(info);
  const node = info.fieldNodes[0];
  let plan = plans.get(node);
  if (plan === undefined) plans.set(node, (plan = planFor(info)));
  return plan;
}

/** The row becomes the citation in place (its `owner` and `source.…` columns stay, unread). */
function toCitation(row: Record<string, unknown>, plan: EvidencePlan): ProjectedCitation {
  if ('verified' in row) row.verified = Boolean(row.verified);
  if ('credibility' in row) row.credibility = Number(row.credibility);
  if (plan.sourceProps) {
    // The joined source's id is the citation's source_id, read once.
    const source: Record<string, unknown> = { id: row.sourceId };
    for (const [, property] of plan.sourceProps) source[property] = row[`source.${property}`];
    row.joinedSource = source;
  }
  return row as ProjectedCitation;
}

/** The current evidence of claims of one kind, read by a plan (batched per request and plan). */
export function projectedEvidence(
  ctx: Context,
  table: 'transfer' | 'recognition',
  plan: EvidencePlan,
): DataLoader<string, ProjectedCitation[]> {
  return ctx.loaders.keyed(
    `evidence:${table}:${plan.key}`,
    () =>
      new DataLoader<string, ProjectedCitation[]>(async (ids) => {
        const { sql: where, param } = ctx.sql.inList(`c.${table}_id`, ids);
        const rows = await ctx.sql.all<Record<string, unknown>>(
          `SELECT ${[`c.${table}_id AS owner`, plan.select].filter(Boolean).join(', ')} FROM citation c` +
            `${plan.sourceProps ? ' JOIN source s ON s.id = c.source_id' : ''}` +
            ` WHERE ${where} AND c.removed_at IS NULL ORDER BY c.position`,
          [param],
        );
        return groupInOrder(ids, rows, (r) => r.owner as string).map((list) => list.map((r) => toCitation(r, plan)));
      }),
  );
}
