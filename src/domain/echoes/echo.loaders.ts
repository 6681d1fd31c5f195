import DataLoader from 'dataloader';
import type { Context } from '../../core/context/context';
import type { SqlRunner } from '../../core/db/sql-runner';
import { groupInOrder } from '../../core/util/batch';
import { ECHO_COLUMNS } from './echo-links';
import type { EchoLinkRow } from './echo-links';

/** Per-request loaders for echo links: every link that names a source, as copy or as original. */
export function createEchoLoaders(sql: SqlRunner) {
  return {
    linksBySource: new DataLoader<string, (EchoLinkRow & { owner: string })[]>(async (ids) => {
      const copies = sql.inList('e.copy_id', ids);
      const originals = sql.inList('e.original_id', ids);
      const rows = await sql.all<EchoLinkRow & { owner: string }>(
        `SELECT e.copy_id AS owner, ${ECHO_COLUMNS} FROM source_echo e WHERE ${copies.sql}
         UNION ALL SELECT e.original_id AS owner, ${ECHO_COLUMNS} FROM source_echo e WHERE ${originals.sql}
         ORDER BY 1, 2, 3`,
        [copies.param, originals.param],
      );
      return groupInOrder(ids, rows, (r) => r.owner);
    }),
  };
}

/** This request's echo loaders. */
export const echoLoaders = (ctx: Context) => ctx.loaders.of(createEchoLoaders);
