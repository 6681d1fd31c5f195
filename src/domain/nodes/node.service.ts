import DataLoader from 'dataloader';
import { roleAllows, Role } from '../../core/auth/role.enum';
import type { Context } from '../../core/context/context';
import type { SqlRunner } from '../../core/db/sql-runner';
import { asNode } from '../../core/graphql/node';
import { indexInOrder } from '../../core/util/batch';
import { actorLoaders } from '../actors/actor.loaders';
import { citationLoaders } from '../claims/citation.loaders';
import { changeById } from '../changes/change.service';
import { claimLoaders } from '../claims/claim.loaders';
import { DRAFT_COLUMNS, draftOf } from '../drafts/draft-rows';
import type { DraftDbRow } from '../drafts/draft-rows';
import { draftLoaders } from '../drafts/draft.loaders';
import type { DraftType } from '../drafts/draft.types';
import { sourceLoaders } from '../sources/source.loaders';

/** Drafts by id, one query for all of a request's. */
function createNodeLoaders(sql: SqlRunner) {
  return {
    draftById: new DataLoader<string, DraftType | null>(async (ids) => {
      const { sql: where, param } = sql.inList('d.id', ids);
      const rows = await sql.all<DraftDbRow>(`SELECT ${DRAFT_COLUMNS} FROM draft d WHERE ${where}`, [param]);
      return indexInOrder(ids, rows.map(draftOf), (r) => r.id);
    }),
  };
}

/** What an id may be, in the order node(id:) looks: each type's loader, batched across ids. */
const LOOKUPS: readonly {
  type: string;
  editorsOnly?: boolean;
  load: (ctx: Context, id: string) => Promise<object | null>;
}[] = [
  { type: 'Transfer', load: (ctx, id) => claimLoaders(ctx).transferById.load(id) },
  { type: 'Recognition', load: (ctx, id) => claimLoaders(ctx).recognitionById.load(id) },
  { type: 'Actor', load: (ctx, id) => actorLoaders(ctx).actorById.load(id) },
  { type: 'Source', load: (ctx, id) => sourceLoaders(ctx).sourceById.load(id) },
  { type: 'Citation', load: (ctx, id) => citationLoaders(ctx).citationById.load(id) },
  { type: 'Change', load: (ctx, id) => changeById(ctx, id) },
  { type: 'DraftBatch', editorsOnly: true, load: (ctx, id) => draftLoaders(ctx).batchById.load(id) },
  { type: 'Draft', editorsOnly: true, load: (ctx, id) => ctx.loaders.of(createNodeLoaders).draftById.load(id) },
];

/**
 * Any object by its id, marked with its type; null when no object has it, or when the caller may
 * not read its type (drafts are for editors), so that a refusal does not tell that it exists.
 * Every id of a request is looked up in each type's loader together: nodes(ids:) of a hundred
 * ids costs a query per type, not per id.
 */
export async function findNode(ctx: Context, id: string): Promise<object | null> {
  const editor = ctx.principal !== null && roleAllows(ctx.principal.role, Role.EDITOR);
  const visible = LOOKUPS.filter((l) => editor || !l.editorsOnly);
  const found = await Promise.all(visible.map((l) => l.load(ctx, id)));
  const i = found.findIndex((row) => row !== null && row !== undefined);
  return i < 0 ? null : asNode(visible[i].type, found[i]!);
}
