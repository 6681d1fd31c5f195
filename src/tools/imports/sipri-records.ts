import { actorWriteService } from '../../domain/actors/actor-write.service';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import { BadUserInputError } from '../../core/errors/errors';
import { normalizeName } from '../../core/util/normalize-name';
import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import { Reliability } from '../../domain/evidence/admiralty';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import { exists } from './import-record';
import type { ImportRecord } from './import-record';
import { SIPRI_SOURCE_KEY, sipriDeal, sipriDealKey } from './sipri';
import { sipriCategoryOf } from './sipri-categories';
import { openSipriRegister } from './sipri-register';
import type { TextEncoding } from './text-file';
import type { SipriParty } from './sipri';

export interface SipriImport {
  encoding: TextEncoding;
  release: string | null;
  records: AsyncGenerator<ImportRecord>;
  /** weapon descriptions the category table lacks, with how many deals have each (filled while reading) */
  unmapped: Map<string, number>;
}

/** The register's deals as import records, streamed from the file, each with its true line. */
export async function sipriRecords(path: string): Promise<SipriImport> {
  const register = await openSipriRegister(path);
  const source = sipriSourceKey(register.release);
  const unmapped = new Map<string, number>();
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
      yield {
        line: row.line,
        apply: (tx: TxContext) => {
          if (row.unterminated)
            throw new BadUserInputError('csv', 'A quoted cell opens on this line and is never closed.');
          return applySipri(tx, row.cells, row.text, occurrence, source);
        },
      };
    }
  }
  return { encoding: register.encoding, release: register.release, records: records(), unmapped };
}

const sipriSourceKey = (release: string | null) => (release ? `${SIPRI_SOURCE_KEY}-${release}` : SIPRI_SOURCE_KEY);

async function applySipri(
  tx: TxContext,
  cells: string[],
  text: string,
  occurrence: number,
  source: string,
): Promise<'created' | 'unchanged'> {
  // The quote is the row as the file has it (its lines joined by a line feed when it spans several).
  const deal = sipriDeal(cells, text, occurrence, source);
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
    const slug =
      normalizeName(p.name)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 90) || 'party';
    await actorWriteService.create(tx, {
      key: slug,
      name: p.name,
      kind: p.kind,
      description: 'Created by a SIPRI import.',
    });
  }
}

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
