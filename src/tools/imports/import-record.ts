import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';

/** One row of an imported file: its line, and how to write it. */
export interface ImportRecord {
  line: number;
  /** writes the record; 'unchanged' when its natural key is already there, 'updated' when it revised it */
  apply(tx: TxContext): Promise<'created' | 'unchanged' | 'updated'>;
}

/** Whether a claim with this id exists: the natural-key test that makes re-imports change nothing. */
export async function exists(tx: TxContext, table: 'transfer' | 'recognition', id: string): Promise<boolean> {
  return (await txQuery(tx, `SELECT 1 FROM ${table} WHERE id = ?`, [id])).length > 0;
}
