import { stringify } from 'csv-stringify/sync';
import { actorWriteService } from '../../domain/actors/actor-write.service';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import { BadUserInputError } from '../../core/errors/errors';
import { normalizeName } from '../../core/util/normalize-name';
import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import { Reliability } from '../../domain/evidence/admiralty';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { sourceWriteService } from '../../domain/sources/source-write.service';
import { csvRecords } from './csv-records';
import { exists } from './import-record';
import type { ImportRecord } from './import-record';
import { SIPRI_HEADER, SIPRI_SOURCE_KEY, sipriDeal } from './sipri';
import type { SipriParty } from './sipri';

/** The release date SIPRI prints above the header ("Information generated: 2024-03-11"), if any. */
function sipriRelease(preamble: string): string | null {
  const m = /information generated:?\s*([^,\n]+)/i.exec(preamble);
  const when = m ? new Date(`${m[1].trim()} UTC`) : null;
  return when && !Number.isNaN(when.getTime()) ? when.toISOString().slice(0, 10) : null;
}

export async function sipriRecords(path: string): Promise<{ records: ImportRecord[]; release: string | null }> {
  const rows = await csvRecords(path);
  const headerAt = rows.findIndex((r) => r.record[0] === 'Recipient' && r.record[1] === 'Supplier');
  if (headerAt < 0) {
    throw new BadUserInputError(
      'file',
      'Not a dump, claims JSON Lines, a transfers CSV or a SIPRI trade register (no "Recipient,Supplier,…" header row).',
    );
  }
  if (SIPRI_HEADER.some((h, i) => rows[headerAt].record[i] !== h))
    throw new BadUserInputError('header', `The SIPRI header should begin ${SIPRI_HEADER.join(',')}.`);
  const release = sipriRelease(
    rows
      .slice(0, headerAt)
      .map((r) => r.record.join(','))
      .join('\n'),
  );
  const source = sipriSourceKey(release);
  return {
    release,
    records: rows
      .slice(headerAt + 1)
      .map(({ record, info }) => ({ line: info.lines, apply: (tx: TxContext) => applySipri(tx, record, source) })),
  };
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
