import type { DataSource } from 'typeorm';
import type { AppServices } from '../../core/db/open-database';
import { checkInvariants } from './invariants';
import type { CheckResult } from './invariants';

/**
 * Everything `npm run verify` checks: the storage (SQLite's integrity_check and
 * foreign_key_check; PostgreSQL keeps its own), that no migration is pending, then the
 * knowledge base's invariants (invariants.ts). A check that cannot run counts as a fault.
 */
export async function verifyDatabase(dataSource: DataSource, app: AppServices): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const attempt = async (check: string, run: () => Promise<CheckResult | CheckResult[]>) => {
    try {
      const r = await run();
      results.push(...(Array.isArray(r) ? r : [r]));
    } catch (e) {
      results.push({ check, faults: 1, examples: [`could not run: ${e instanceof Error ? e.message : String(e)}`] });
    }
  };
  if (app.sql.dialect === 'sqlite') {
    await attempt('SQLite integrity_check', async () => {
      const found = (await dataSource.query('PRAGMA integrity_check')) as { integrity_check: string }[];
      const bad = found.map((r) => r.integrity_check).filter((m) => m !== 'ok');
      return { check: 'SQLite integrity_check', faults: bad.length, examples: bad.slice(0, 10) };
    });
    await attempt('SQLite foreign_key_check', async () => {
      const found = (await dataSource.query('PRAGMA foreign_key_check')) as {
        table: string;
        rowid: number;
        parent: string;
      }[];
      return {
        check: 'SQLite foreign_key_check',
        faults: found.length,
        examples: found.slice(0, 10).map((r) => `${r.table} row ${r.rowid} → ${r.parent}`),
      };
    });
  }
  await attempt('no migration pending', async () => {
    const pending = await dataSource.showMigrations();
    return {
      check: 'no migration pending',
      faults: pending ? 1 : 0,
      examples: pending ? ['run the server or any tool that migrates (npm start)'] : [],
    };
  });
  await attempt('knowledge-base invariants', () => checkInvariants(app.sql));
  return results;
}
