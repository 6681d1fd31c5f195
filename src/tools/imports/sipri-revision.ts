import { actorWriteService } from '../../domain/actors/actor-write.service';
import { claimWriteService } from '../../domain/claims/claim-write.service';
import { TRANSFER_COLUMNS, mapTransfer } from '../../domain/claims/claim.rows';
import type { TransferRow } from '../../domain/claims/claim.rows';
import { deliveredCount, figureColumns } from '../../domain/claims/transfer-figures';
import { txQuery } from '../../core/context/transaction';
import type { TxContext } from '../../core/context/context';
import { normalizeName } from '../../core/util/normalize-name';
import { SIPRI_SOURCE_KEY } from './sipri';
import type { SipriDeal, SipriParty } from './sipri';

export type SipriOutcome = 'created' | 'unchanged' | 'updated';

/**
 * One deal of a register into the knowledge base. New: recorded. Already there from this release:
 * unchanged (a re-import changes nothing). There from an earlier release: unchanged when SIPRI
 * did not revise it (it keeps citing the release it came from); when SIPRI revised a figure (or
 * the category table files it differently now), a new version of the transfer with the new
 * figures, citing the new release instead of the old (one write, one history entry; the old
 * citation is marked removed, and the history keeps the old version).
 */
export async function applySipriDeal(tx: TxContext, deal: SipriDeal, source: string): Promise<SipriOutcome> {
  const [row] = await txQuery<TransferRow>(tx, `SELECT ${TRANSFER_COLUMNS} FROM transfer t WHERE t.id = ?`, [deal.id]);
  if (!row) {
    await party(tx, deal.supplier, 'Supplier');
    await party(tx, deal.recipient, 'Recipient');
    await claimWriteService.recordTransfer(tx, deal.transfer, deal.id);
    return 'created';
  }
  const citations = await txQuery<{ id: string; key: string }>(
    tx,
    `SELECT c.id, s.key FROM citation c JOIN source s ON s.id = c.source_id
     WHERE c.transfer_id = ? AND c.removed_at IS NULL AND (s.key = ? OR s.key LIKE ?)`,
    [deal.id, SIPRI_SOURCE_KEY, `${SIPRI_SOURCE_KEY}-%`],
  );
  if (citations.some((c) => c.key === source) || !revised(mapTransfer(row), deal)) return 'unchanged';
  const t = deal.transfer;
  await claimWriteService.updateTransfer(
    tx,
    {
      id: deal.id,
      category: t.category,
      item: t.item,
      designation: t.designation,
      quantity: t.quantity,
      status: t.status,
      period: t.period,
      context: t.context,
      condition: t.condition,
      deliveryYears: t.deliveryYears,
      uncertain: t.uncertain,
      tiv: t.tiv,
    },
    { remove: citations.map((c) => c.id), add: t.citations },
  );
  return 'updated';
}

/** Whether the register's row says anything other than what the transfer holds. */
function revised(stored: TransferRow, deal: SipriDeal): boolean {
  const t = deal.transfer;
  const wanted: Record<string, unknown> = {
    category: t.category,
    item: t.item,
    designation: t.designation ?? null,
    quantityMin: t.quantity?.min ?? null,
    quantityMax: t.quantity?.max ?? null,
    quantityText: t.quantity?.text ?? null,
    quantityDelivered: deliveredCount(t.quantity?.delivered),
    status: t.status,
    periodStart: t.period?.start ?? null,
    periodEnd: t.period?.end ?? null,
    context: t.context ?? null,
    ...figureColumns({ condition: t.condition, deliveryYears: t.deliveryYears, uncertain: t.uncertain, tiv: t.tiv }),
  };
  const have = stored as unknown as Record<string, unknown>;
  return Object.entries(wanted).some(([k, v]) => (have[k] ?? null) !== (v ?? null));
}

/**
 * A SIPRI party as an actor: found by SIPRI's spelling (a name or alias), or a non-state party by
 * its own name (then SIPRI's spelling becomes an alias); else created with the kind its marks say,
 * SIPRI's spelling as an alias, and for a non-state party the country code of the state it is
 * based in.
 */
async function party(tx: TxContext, p: SipriParty, field: string): Promise<void> {
  const found = await actorWriteService.resolve(tx, p.spelling, field).catch(() => null);
  if (found) return;
  const byName = p.name !== p.spelling ? await actorWriteService.resolve(tx, p.name, field).catch(() => null) : null;
  if (byName) {
    await actorWriteService.addAlias(tx, byName, p.spelling);
    return;
  }
  const base = p.basedIn ? await actorWriteService.resolve(tx, p.basedIn, field).catch(() => null) : null;
  const [state] = base
    ? await txQuery<{ code: string | null; name: string }>(
        tx,
        'SELECT country_code AS code, name FROM actor WHERE id = ?',
        [base],
      )
    : [];
  const slug =
    normalizeName(p.name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 90) || 'party';
  await actorWriteService.create(tx, {
    key: await freeKey(tx, slug),
    name: p.name,
    kind: p.kind,
    countryCode: state?.code ?? null,
    description: p.basedIn
      ? `Based in ${state?.name ?? p.basedIn}. Created by a SIPRI import.`
      : 'Created by a SIPRI import.',
    aliases: p.spelling !== p.name ? [p.spelling] : [],
  });
}

/** The slug, or the slug with a number when an actor (or a name) has it already. */
async function freeKey(tx: TxContext, slug: string): Promise<string> {
  for (let n = 1; ; n++) {
    const key = n === 1 ? slug : `${slug}-${n}`;
    const taken = await txQuery(
      tx,
      'SELECT 1 FROM actor WHERE key = ? UNION ALL SELECT 1 FROM actor_name WHERE normalized = ?',
      [key, normalizeName(key)],
    );
    if (!taken.length) return key;
  }
}
