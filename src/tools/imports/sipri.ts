import { v5 } from 'uuid';
import { ActorKind } from '../../domain/actors/actor-kind.enum';
import { TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import type { RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import { BadUserInputError } from '../../core/errors/errors';

/**
 * Mapping SIPRI's trade register (the Arms Transfers Database CSV export) onto Supplyline.
 * Its marks: a number in parentheses is a SIPRI estimate; a "?" in the column after a year or
 * number marks it uncertain; "*" after a party is a non-state actor, "**" a multinational one;
 * "unknown supplier(s)"/"unknown recipient(s)" are parties SIPRI could not identify.
 */
export const SIPRI_SOURCE_KEY = 'sipri-arms-transfers-database';
const SIPRI_NAMESPACE = '0d0a3c55-3f7e-5b6c-8d21-9e4f7a1b2c3d';

export interface SipriParty {
  name: string;
  kind: ActorKind;
}

export function sipriParty(raw: string): SipriParty {
  const name = raw.replace(/\*+$/, '').trim();
  if (/^unknown\b/i.test(name)) return { name, kind: ActorKind.OTHER };
  if (raw.trim().endsWith('**')) return { name, kind: ActorKind.INTERNATIONAL_ORGANIZATION };
  if (raw.trim().endsWith('*')) return { name, kind: ActorKind.ARMED_GROUP };
  return { name, kind: ActorKind.STATE };
}

/** Weapon descriptions to categories, most specific first. */
const CATEGORIES: [RegExp, TransferCategory][] = [
  [/\b(uavs?|ucavs?|drones?|loitering munitions?)\b/i, TransferCategory.UAV],
  [/\b(aircraft|helicopters?|fighters?|bombers?|trainers?|transport ac|ac|aew|mpa)\b/i, TransferCategory.AIRCRAFT],
  [/\b(sams?|spaags?|air defen[cs]e|aa guns?|anti-aircraft)\b/i, TransferCategory.AIR_DEFENCE],
  [
    /\b(ships?|frigates?|corvettes?|submarines?|patrol craft|opvs?|boats?|destroyers?|naval guns?)\b/i,
    TransferCategory.SHIPS,
  ],
  [
    /\b(missiles?|srbms?|mrbms?|icbms?|ssms?|bvraams?|aams?|asms?|atgms?|rockets?|guided bombs?|bombs?)\b/i,
    TransferCategory.MISSILES_AND_ROCKETS,
  ],
  [/\b(tanks?|apcs?|ifvs?|armou?red|afvs?|apvs?)\b/i, TransferCategory.ARMOURED_VEHICLES],
  [/\b(mrls?|howitzers?|mortars?|artillery|self-propelled guns?|towed guns?)\b/i, TransferCategory.ARTILLERY],
  [/\b(shells?|ammunition)\b/i, TransferCategory.AMMUNITION],
  [/\b(rifles?|machine guns?|small arms?)\b/i, TransferCategory.SMALL_ARMS],
];

export const sipriCategory = (description: string): TransferCategory =>
  CATEGORIES.find(([re]) => re.test(description))?.[1] ?? TransferCategory.OTHER_MATERIEL;

/** "(400)" → 400, estimated; "100" → 100; "" → null. */
function number(field: string, raw: string): { value: number | null; estimate: boolean } {
  const v = raw.trim();
  if (v === '') return { value: null, estimate: false };
  const m = /^\((\d+)\)$/.exec(v) ?? /^(\d+)$/.exec(v);
  if (!m)
    throw new BadUserInputError(
      field,
      `"${field}" should be a number, or a number in parentheses for an estimate; got ${JSON.stringify(v)}.`,
    );
  return { value: Number(m[1]), estimate: v.startsWith('(') };
}

function year(field: string, raw: string): string | null {
  const v = raw.trim();
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) throw new BadUserInputError(field, `"${field}" should be a year; got ${JSON.stringify(v)}.`);
  return v;
}

/** The SIPRI register's columns, by position (its header repeats empty names for the "?" marks). */
export const SIPRI_HEADER = [
  'Recipient',
  'Supplier',
  'Year of order',
  '',
  'Number ordered',
  '',
  'Weapon designation',
  'Weapon description',
  'Number delivered',
  '',
  'Year(s) of delivery',
  'status',
  'Comments',
];

export interface SipriDeal {
  id: string;
  supplier: SipriParty;
  recipient: SipriParty;
  transfer: RecordTransferInput;
}

/** One register row as a transfer citing the SIPRI dataset, with a deterministic id. */
export function sipriDeal(cells: string[], line: string, sourceKey: string = SIPRI_SOURCE_KEY): SipriDeal {
  const [
    recipientRaw,
    supplierRaw,
    orderYear,
    orderMark,
    ordered,
    orderedMark,
    designation,
    description,
    delivered,
    deliveredMark,
    deliveryYears,
    condition,
    comments,
  ] = cells.map((c) => (c ?? '').trim());
  if (!recipientRaw) throw new BadUserInputError('Recipient', '"Recipient" is empty.');
  if (!supplierRaw) throw new BadUserInputError('Supplier', '"Supplier" is empty.');
  if (!description) throw new BadUserInputError('Weapon description', '"Weapon description" is empty.');
  const recipient = sipriParty(recipientRaw);
  const supplier = sipriParty(supplierRaw);
  const start = year('Year of order', orderYear);
  const years = (deliveryYears.match(/\d{4}/g) ?? []).sort();
  const orderedN = number('Number ordered', ordered);
  const deliveredN = number('Number delivered', delivered);
  const uncertain = orderMark === '?' || orderedMark === '?' || deliveredMark === '?';
  const status =
    deliveredN.value !== null && orderedN.value !== null && deliveredN.value >= orderedN.value
      ? TransferStatus.DELIVERED
      : deliveredN.value
        ? TransferStatus.IN_PROGRESS
        : TransferStatus.ORDERED;
  const quantityText = [
    orderedN.value === null
      ? null
      : `${ordered}${orderedMark === '?' ? '?' : ''} ordered${orderedN.estimate ? ' (SIPRI estimate)' : ''}`,
    deliveredN.value === null
      ? null
      : `${delivered}${deliveredMark === '?' ? '?' : ''} delivered${deliveredN.estimate ? ' (SIPRI estimate)' : ''}`,
  ]
    .filter(Boolean)
    .join('; ');
  // Every cell of the row is its natural key: two deals differing anywhere stay two deals.
  const id = v5(['sipri', ...cells.map((c) => (c ?? '').trim())].join('\u0001'), SIPRI_NAMESPACE);
  return {
    id,
    supplier,
    recipient,
    transfer: {
      supplier: supplier.name,
      recipient: recipient.name,
      category: sipriCategory(description),
      item: description,
      designation: designation || null,
      quantity: { min: orderedN.value, max: orderedN.value, text: quantityText || null },
      status,
      period: { start: start ?? years[0] ?? null, end: years.length ? years[years.length - 1] : null },
      context: [comments, condition && condition !== 'New' ? condition : null].filter(Boolean).join('; ') || null,
      citations: [
        {
          source: sourceKey,
          quote: line,
          credibility: uncertain || orderedN.estimate ? 3 : 2,
          locator: 'trade register row',
        },
      ],
    },
  };
}
