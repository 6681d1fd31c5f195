import type { TxContext } from '../../core/context/context';
import { txQuery } from '../../core/context/transaction';
import type { Snapshot } from '../../core/context/write-record';

/** A source as history records it: its row, text included. Null when it does not exist. */
export async function snapshotSource(tx: TxContext, id: string): Promise<Snapshot> {
  const [row] = await txQuery(
    tx,
    `SELECT id, key, title, publisher, url, kind, published_on AS "publishedOn", reliability,
            attributed_to_id AS "attributedToId", text FROM source WHERE id = ?`,
    [id],
  );
  return row ?? null;
}
