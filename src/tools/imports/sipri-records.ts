import { BadUserInputError } from '../../core/errors/errors';
import { txQuery } from '../../core/context/transaction';
import type { Context, TxContext } from '../../core/context/context';
import { Reliability } from '../../domain/evidence/admiralty';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import type { ImportRecord } from './import-record';
import { SIPRI_SOURCE_KEY, sipriDeal, sipriDealId, sipriDealKey } from './sipri';
import { applySipriDeal } from './sipri-revision';
import { sipriCategoryOf } from './sipri-categories';
import { openSipriRegister } from './sipri-register';
import type { TextEncoding } from './text-file';

export interface SipriImport {
  encoding: TextEncoding;
  release: string | null;
  /** the key of the source this release's deals cite */
  source: string;
  records: AsyncGenerator<ImportRecord>;
  /** weapon descriptions the category table lacks, with how many deals have each (filled while reading) */
  unmapped: Map<string, number>;
  /** the id of every deal in the file, valid or not (filled while reading) */
  dealIds: Set<string>;
  /** how much of the file has been read, from 0 to 1 */
  progress(): number;
}

/** The register's deals as import records, streamed from the file, each with its true line. */
export async function sipriRecords(path: string): Promise<SipriImport> {
  const register = await openSipriRegister(path);
  const source = sipriSourceKey(register.release);
  const unmapped = new Map<string, number>();
  const dealIds = new Set<string>();
  async function* records(): AsyncGenerator<ImportRecord> {
    const seen = new Map<string, number>();
    for await (const raw of register.rows) {
      // A carriage return alone inside a cell is a line break the export left: a space.
      const row = { ...raw, cells: raw.cells.map((c) => c.replace(/\r/g, ' ')) };
      const description = (row.cells[7] ?? '').trim();
      if (description && !sipriCategoryOf(description)) unmapped.set(description, (unmapped.get(description) ?? 0) + 1);
      const key = sipriDealKey(row.cells);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      dealIds.add(sipriDealId(row.cells, occurrence));
      yield {
        line: row.line,
        apply: (tx: TxContext) => {
          if (row.unterminated)
            throw new BadUserInputError('csv', 'A quoted cell opens on this line and is never closed.');
          // The quote is the row as the file has it (its lines joined by a line feed when it spans several).
          return applySipriDeal(tx, sipriDeal(row.cells, row.text, occurrence, source), source);
        },
      };
    }
  }
  return {
    encoding: register.encoding,
    release: register.release,
    source,
    records: records(),
    unmapped,
    dealIds,
    progress: register.progress,
  };
}

const sipriSourceKey = (release: string | null) => (release ? `${SIPRI_SOURCE_KEY}-${release}` : SIPRI_SOURCE_KEY);

/** One DATASET source per SIPRI release (the date the register was generated), made on first import. */
export async function ensureSipriSource(tx: TxContext, release: string | null): Promise<void> {
  const key = sipriSourceKey(release);
  if ((await txQuery(tx, 'SELECT 1 FROM source WHERE key = ?', [key])).length) return;
  await sourceWriteService.create(tx, {
    key,
    title: `SIPRI Arms Transfers Database, trade register${release ? ` generated ${release}` : ''}`,
    publisher: 'Stockholm International Peace Research Institute',
    kind: SourceKind.DATASET,
    url: 'https://www.sipri.org/databases/armstransfers',
    reliability: Reliability.B,
    publishedOn: release,
  });
}

/** A deal an earlier release had and this one does not: reported, never deleted. */
export interface DroppedDeal {
  id: string;
  supplier: string;
  recipient: string;
  designation: string | null;
  item: string;
  release: string;
}

/**
 * Deals that cite an earlier SIPRI release and are not in this file: SIPRI dropped (or merged)
 * them. They stay in the knowledge base, citing the release that had them; the import lists them.
 */
export async function droppedDeals(ctx: Context, imported: SipriImport): Promise<DroppedDeal[]> {
  const rows = await ctx.sql.all<DroppedDeal>(
    `SELECT DISTINCT t.id, sa.name AS supplier, ra.name AS recipient, t.designation, t.item, s.key AS release
     FROM citation c JOIN source s ON s.id = c.source_id JOIN transfer t ON t.id = c.transfer_id
     JOIN actor sa ON sa.id = t.supplier_id JOIN actor ra ON ra.id = t.recipient_id
     WHERE c.removed_at IS NULL AND (s.key = ? OR s.key LIKE ?) AND s.key <> ?
     ORDER BY s.key, t.id`,
    [SIPRI_SOURCE_KEY, `${SIPRI_SOURCE_KEY}-%`, imported.source],
  );
  return rows
    .filter((r) => !imported.dealIds.has(r.id))
    .map((r) => ({ ...r, release: r.release.slice(SIPRI_SOURCE_KEY.length + 1) || 'undated' }));
}
