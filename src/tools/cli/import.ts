import 'reflect-metadata';
import { runCli } from './run-cli';
import { Role } from '../../core/auth/role.enum';
import { AppError } from '../../core/errors/errors';
import { loadConfig } from '../../core/config/config';
import { createContext } from '../../domain/context';
import { ImportRefusedError, importFile } from '../imports/run-import';
import { closeDatabase, openDatabase } from '../../domain/database';

/**
 * `npm run import -- <file> [--skip-invalid]`: a full dump (into an empty database), claims as
 * JSON Lines, or a SIPRI trade register CSV, into the database of DATABASE_URL. All or nothing
 * unless --skip-invalid; a summary on stdout, every bad row on stderr, progress on stderr when it
 * is a terminal, and a non-zero exit code when anything was refused.
 */
async function main(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run import -- <dump.json|claims.jsonl|sipri-register.csv> [--skip-invalid]\n');
    return 2;
  }
  const skipInvalid = args.includes('--skip-invalid');
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  // Throughput counts from the first row written (not the migrations or the gazetteer before it).
  let started: number | undefined;
  const seconds = () => (started === undefined ? 0 : (performance.now() - started) / 1000);
  const rate = (n: number) => `${Math.round(n / Math.max(0.001, seconds()))} rows/s`;
  const progress = process.stderr.isTTY
    ? (n: number, total?: number, fraction?: number) => {
        if (n % 100 !== 0 && n !== total) return;
        const done = total ? n / total : fraction;
        const bar =
          done === undefined
            ? `${n} rows`
            : `[${'#'.repeat(Math.round(20 * done)).padEnd(20, '.')}] ${Math.round(100 * done)}% ${n}${total ? `/${total}` : ''} rows, ${rate(n)}`;
        process.stderr.write(`\rimporting ${bar}`);
      }
    : undefined;
  try {
    const summary = await importFile(createContext(app, 'cli', { name: 'cli', role: Role.ADMIN }), file, {
      skipInvalid,
      onProgress: (n, total, fraction) => {
        started ??= performance.now();
        progress?.(n, total, fraction);
      },
    });
    if (progress) process.stderr.write('\n');
    for (const p of summary.invalid)
      process.stderr.write(`line ${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
    if (summary.encoding)
      process.stdout.write(
        `${summary.format}: read as ${summary.encoding}; released ${summary.release ?? '(no "Data generated" line: undated)'}\n`,
      );
    const dropped = summary.dropped ?? [];
    if (dropped.length)
      process.stdout.write(
        `${summary.format}: ${dropped.length} deal(s) of earlier releases are not in this one (kept, not deleted):\n`,
      );
    for (const d of dropped.slice(0, 50))
      process.stdout.write(
        `  ${d.supplier} -> ${d.recipient}: ${d.designation ?? ''} ${d.item} (release ${d.release}, id ${d.id})\n`,
      );
    if (dropped.length > 50) process.stdout.write(`  … and ${dropped.length - 50} more\n`);
    for (const u of summary.unmappedDescriptions ?? [])
      process.stdout.write(
        `${summary.format}: weapon description not in the category table, filed as OTHER_MATERIEL: ${JSON.stringify(u.description)} (${u.deals} deal${u.deals === 1 ? '' : 's'})\n`,
      );
    const rows = summary.created + summary.updated + summary.unchanged + summary.invalid.length;
    process.stdout.write(
      `${summary.format}: ${summary.created} created, ${summary.updated ? `${summary.updated} updated, ` : ''}${summary.unchanged} unchanged, ${summary.invalid.length} invalid${summary.invalid.length ? ' (skipped)' : ''}\n`,
    );
    if (started !== undefined)
      process.stdout.write(`${summary.format}: ${rows} rows in ${seconds().toFixed(1)} s (${rate(rows)})\n`);
    return summary.invalid.length ? 1 : 0;
  } catch (e) {
    if (e instanceof ImportRefusedError) {
      for (const p of e.problems)
        process.stderr.write(`line ${p.line}: ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
    }
    if (e instanceof AppError) {
      process.stderr.write(`import: nothing was written. ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

runCli('import: nothing was written.', main);
