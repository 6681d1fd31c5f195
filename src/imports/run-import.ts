import { createReadStream } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { QueryFailedError } from 'typeorm';
import { actorWriteService } from '../actors/actor-write.service';
import { claimWriteService } from '../claims/claim-write.service';
import type { RecordTransferInput } from '../claims/claim-write.inputs';
import { AppError, BadUserInputError } from '../common/errors';
import { normalizeName } from '../common/normalize-name';
import { txQuery, withTransaction } from '../context';
import type { Context, TxContext } from '../context';
import { Reliability } from '../evidence/admiralty';
import { Stance } from '../evidence/evidence-enums';
import { SourceKind } from '../sources/source-kind.enum';
import { sourceWriteService } from '../sources/source-write.service';
import { restoreDump } from './restore';
import { SIPRI_HEADER, SIPRI_SOURCE_KEY, sipriDeal } from './sipri';
import { TRANSFER_IMPORT_COLUMNS, transferFromCsv } from './transfers-csv';
import type { SipriParty } from './sipri';

export interface ImportProblem {
  line: number;
  field: string;
  message: string;
}

export interface ImportSummary {
  format: 'dump' | 'claims-jsonl' | 'sipri-csv' | 'transfers-csv';
  created: number;
  unchanged: number;
  invalid: ImportProblem[];
}

export interface ImportOptions {
  /** import the good rows and report the bad ones, instead of writing nothing */
  skipInvalid?: boolean;
  /** called after each row; `total` when the whole file was read first (CSV), else undefined */
  onProgress?: (rowsDone: number, total?: number) => void;
}

/** Refused imports: nothing was written; `problems` names every bad row by line and field. */
export class ImportRefusedError extends AppError {
  constructor(readonly problems: ImportProblem[]) {
    super('BAD_USER_INPUT', `${problems.length} invalid row(s); nothing was imported.`, { problems });
  }
}

interface ImportRecord {
  line: number;
  /** writes the record; 'unchanged' when its natural key is already there */
  apply(tx: TxContext): Promise<'created' | 'unchanged'>;
}

/**
 * Imports a file — a full dump, claims as JSON Lines (claims.jsonl), or SIPRI's trade register
 * CSV — in one transaction: all or nothing, or with skipInvalid the good rows (each row in its
 * own savepoint). Rows carry natural keys (our ids, or a UUIDv5 of the SIPRI deal), so importing
 * the same file again changes nothing.
 */
export async function importFile(ctx: Context, path: string, options: ImportOptions = {}): Promise<ImportSummary> {
  const head = await firstLine(path);
  if (head.startsWith('{"format":"supplyline-dump"')) {
    const counts = await restoreDump(ctx, createReadStream(path));
    return { format: 'dump', created: Object.values(counts).reduce((a, b) => a + b, 0), unchanged: 0, invalid: [] };
  }
  if (head.startsWith('{')) return run(ctx, 'claims-jsonl', jsonlRecords(path), options);
  const headerCells = head.split(/\r?\n/)[0].split(',').map((c) => c.trim());
  if (['supplier', 'recipient', 'source', 'quote'].every((c) => headerCells.includes(c))) {
    return run(ctx, 'transfers-csv', await transferCsvRecords(path), options);
  }
  const sipri = await sipriRecords(path);
  return run(ctx, 'sipri-csv', sipri.records, options, (tx) => ensureSipriSource(tx, sipri.release));
}

async function firstLine(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  } finally {
    await file.close();
  }
}

async function run(
  ctx: Context,
  format: ImportSummary['format'],
  records: AsyncIterable<ImportRecord> | Iterable<ImportRecord>,
  options: ImportOptions,
  prepare?: (tx: TxContext) => Promise<void>,
): Promise<ImportSummary> {
  return withTransaction(ctx, async (tx) => {
    if (prepare) await prepare(tx);
    const summary: ImportSummary = { format, created: 0, unchanged: 0, invalid: [] };
    let done = 0;
    const total = Array.isArray(records) ? records.length : undefined;
    for await (const record of records) {
      await txQuery(tx, 'SAVEPOINT import_row');
      try {
        summary[await record.apply(tx)]++;
        await txQuery(tx, 'RELEASE SAVEPOINT import_row');
      } catch (e) {
        await txQuery(tx, 'ROLLBACK TO SAVEPOINT import_row');
        await txQuery(tx, 'RELEASE SAVEPOINT import_row');
        if (e instanceof QueryFailedError) {
          // A constraint the checks did not foresee: reported with the row, not a crash of the import.
          summary.invalid.push({ line: record.line, field: '', message: 'The database refused this row (a constraint failed).' });
        } else if (e instanceof AppError) {
          summary.invalid.push({ line: record.line, field: String(e.extensions.field ?? ''), message: e.message });
        } else {
          throw e;
        }
      }
      options.onProgress?.(++done, total);
    }
    if (summary.invalid.length && !options.skipInvalid) throw new ImportRefusedError(summary.invalid);
    return summary;
  });
}

async function exists(tx: TxContext, table: 'transfer' | 'recognition', id: string): Promise<boolean> {
  return (await txQuery(tx, `SELECT 1 FROM ${table} WHERE id = ?`, [id])).length > 0;
}

/** claims.jsonl lines, as exported: one claim with its evidence by source key and quote. */
async function* jsonlRecords(path: string): AsyncGenerator<ImportRecord> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    const at = line;
    yield {
      line: at,
      async apply(tx) {
        let doc: Record<string, any>;
        try {
          doc = JSON.parse(text);
        } catch {
          throw new BadUserInputError('json', 'Not a JSON object.');
        }
        if (doc.type !== 'transfer' && doc.type !== 'recognition') throw new BadUserInputError('type', '"type" must be "transfer" or "recognition".');
        if (typeof doc.id !== 'string' || !/^[0-9a-f-]{36}$/.test(doc.id)) throw new BadUserInputError('id', '"id" must be a UUID.');
        if (await exists(tx, doc.type, doc.id)) return 'unchanged';
        const citations = (Array.isArray(doc.evidence) ? doc.evidence : []).map((e: Record<string, any>) => ({
          source: e.source_key, quote: e.quote, stance: e.stance ?? Stance.SUPPORTS, credibility: e.credibility, chain: e.chain,
          attributedTo: e.attributed_to_key, attribution: e.attribution, locator: e.locator,
        }));
        if (doc.type === 'transfer') {
          await claimWriteService.recordTransfer(tx, {
            supplier: doc.supplier_key, recipient: doc.recipient_key, intermediary: doc.intermediary_key, originCountry: doc.origin_country_key,
            category: doc.category, item: doc.item, designation: doc.designation,
            quantity: { min: doc.quantity_min, max: doc.quantity_max, text: doc.quantity_text },
            status: doc.status, period: { start: doc.period_start, end: doc.period_end }, context: doc.context, citations,
          } as RecordTransferInput, doc.id);
        } else {
          await claimWriteService.recordRecognition(tx, { recognizer: doc.recognizer_key, recognized: doc.recognized_key, status: doc.status, date: doc.date, citations }, doc.id);
        }
        if (doc.retracted) await claimWriteService.retract(tx, doc.id, doc.retraction_reason ?? 'retracted in the imported file');
        return 'created';
      },
    };
  }
}

/** Our transfer import CSV (see transfers-csv.ts), validated by the same checks as recordTransfer. */
type CsvRecord = { record: string[]; info: { lines: number } };

/** The whole file's records with their line numbers; a malformed file is refused with the line. */
async function csvRecords(path: string): Promise<CsvRecord[]> {
  try {
    return parse(await readFile(path, 'utf8'), { bom: true, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as CsvRecord[];
  } catch (e) {
    const line = Number((e as { lines?: number }).lines ?? 0);
    throw new ImportRefusedError([{ line, field: 'csv', message: `Not valid CSV: ${e instanceof Error ? e.message : e}` }]);
  }
}

async function transferCsvRecords(path: string): Promise<ImportRecord[]> {
  const rows = await csvRecords(path);
  const header = rows[0]?.record ?? [];
  const missing = TRANSFER_IMPORT_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) throw new BadUserInputError('header', `The header lacks ${missing.join(', ')}.`);
  return rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    async apply(tx: TxContext) {
      const { id, transfer } = transferFromCsv(Object.fromEntries(header.map((h, i) => [h, record[i]])));
      if (await exists(tx, 'transfer', id)) return 'unchanged';
      await claimWriteService.recordTransfer(tx, transfer, id);
      return 'created';
    },
  }));
}

/** SIPRI's register: preamble lines, then its header row, then one deal per row. */
/** The release date SIPRI prints above the header ("Information generated: 2024-03-11"), if any. */
function sipriRelease(preamble: string): string | null {
  const m = /information generated:?\s*([^,\n]+)/i.exec(preamble);
  const when = m ? new Date(`${m[1].trim()} UTC`) : null;
  return when && !Number.isNaN(when.getTime()) ? when.toISOString().slice(0, 10) : null;
}

async function sipriRecords(path: string): Promise<{ records: ImportRecord[]; release: string | null }> {
  const rows = await csvRecords(path);
  const headerAt = rows.findIndex((r) => r.record[0] === 'Recipient' && r.record[1] === 'Supplier');
  if (headerAt < 0) {
    throw new BadUserInputError('file', 'Not a dump, claims JSON Lines, a transfers CSV or a SIPRI trade register (no "Recipient,Supplier,…" header row).');
  }
  if (SIPRI_HEADER.some((h, i) => rows[headerAt].record[i] !== h)) throw new BadUserInputError('header', `The SIPRI header should begin ${SIPRI_HEADER.join(',')}.`);
  const release = sipriRelease(rows.slice(0, headerAt).map((r) => r.record.join(',')).join('\n'));
  const source = sipriSourceKey(release);
  return { release, records: rows.slice(headerAt + 1).map(({ record, info }) => ({ line: info.lines, apply: (tx: TxContext) => applySipri(tx, record, source) })) };
}

const sipriSourceKey = (release: string | null) => (release ? `${SIPRI_SOURCE_KEY}-${release}` : SIPRI_SOURCE_KEY);

async function applySipri(tx: TxContext, cells: string[], source: string): Promise<'created' | 'unchanged'> {
  // The quote is the row as CSV: verbatim for a one-line row, the same cells for a multi-line one.
  const deal = sipriDeal(cells, stringify([cells]).trimEnd(), source);
  if (await exists(tx, 'transfer', deal.id)) return 'unchanged';
  await party(tx, deal.supplier, 'Supplier');
  await party(tx, deal.recipient, 'Recipient');
  await claimWriteService.recordTransfer(tx, deal.transfer, deal.id);
  return 'created';
}

/** A SIPRI party as an actor: found by name or alias, else created with the kind its marks say. */
async function party(tx: TxContext, p: SipriParty, field: string): Promise<void> {
  try {
    await actorWriteService.resolve(tx, p.name, field);
  } catch {
    const slug = normalizeName(p.name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 90) || 'party';
    await actorWriteService.create(tx, { key: slug, name: p.name, kind: p.kind, description: 'Created by a SIPRI import.' });
  }
}

/** One DATASET source per SIPRI release (the date the register was generated), made on first import. */
async function ensureSipriSource(tx: TxContext, release: string | null): Promise<void> {
  const key = sipriSourceKey(release);
  if ((await txQuery(tx, 'SELECT 1 FROM source WHERE key = ?', [key])).length) return;
  await sourceWriteService.create(tx, {
    key,
    title: `SIPRI Arms Transfers Database, trade register${release ? ` generated ${release}` : ''}`,
    publisher: 'Stockholm International Peace Research Institute',
    kind: SourceKind.DATASET, url: 'https://www.sipri.org/databases/armstransfers', reliability: Reliability.B, publishedOn: release,
  });
}
