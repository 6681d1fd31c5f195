import { v5 } from 'uuid';
import { ActorKind } from '../../domain/actors/actor-kind.enum';
import { TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import type { RecordTransferInput } from '../../domain/claims/claim-write.inputs';
import { BadUserInputError } from '../../core/errors/errors';
import { sipriCategoryOf } from './sipri-categories';
import { TransferCondition, UncertainFigure } from '../../domain/claims/transfer-figures';

/**
 * Mapping SIPRI's trade register (the Arms Transfers Database CSV export) onto Supplyline.
 * Its marks: a number in parentheses is a SIPRI estimate; a "?" in the column after a year or
 * number marks it uncertain; "*" after a party is a non-state actor, "**" a multinational one;
 * "unknown supplier(s)"/"unknown recipient(s)" are parties SIPRI could not identify.
 */
export const SIPRI_SOURCE_KEY = 'sipri-arms-transfers-database';
const SIPRI_NAMESPACE = '0d0a3c55-3f7e-5b6c-8d21-9e4f7a1b2c3d';

export interface SipriParty {
  /** as SIPRI writes it, without its marks: "Hezbollah (Lebanon)" (kept as an alias) */
  spelling: string;
  /** the actor's name: "Hezbollah" */
  name: string;
  kind: ActorKind;
  /** for a non-state party, the state SIPRI names in parentheses: "Lebanon" */
  basedIn: string | null;
}

/**
 * A party of the register: "*" marks a non-state armed group, usually with the state it is based
 * in ("Hezbollah (Lebanon)*", "Houthi rebels (Yemen)*"), "**" a multinational organization
 * ("NATO**"), and "unknown supplier(s)", "unknown recipient(s)", "unknown rebel group*" parties
 * SIPRI could not identify. A state's parentheses are part of its name ("East Germany (GDR)").
 */
export function sipriParty(raw: string): SipriParty {
  const marks = /\*+$/.exec(raw.trim())?.[0].length ?? 0;
  const spelling = raw.trim().replace(/\*+$/, '').trim();
  if (/^unknown\b/i.test(spelling)) return { spelling, name: spelling, kind: ActorKind.OTHER, basedIn: null };
  if (marks >= 2) return { spelling, name: spelling, kind: ActorKind.INTERNATIONAL_ORGANIZATION, basedIn: null };
  if (marks === 1) {
    const m = /^(.+?)\s*\(([^()]+)\)$/.exec(spelling);
    return { spelling, name: m ? m[1] : spelling, kind: ActorKind.ARMED_GROUP, basedIn: m ? m[2].trim() : null };
  }
  return { spelling, name: spelling, kind: ActorKind.STATE, basedIn: null };
}

/** SIPRI's weapon description's category; OTHER_MATERIEL (and reported) when the table lacks it. */
export const sipriCategory = (description: string): TransferCategory =>
  sipriCategoryOf(description) ?? TransferCategory.OTHER_MATERIEL;

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

/** SIPRI's status column: "New", "Second hand", "Second hand but modernized". */
function sipriCondition(raw: string): TransferCondition | null {
  const v = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (v === '') return null;
  if (v === 'new') return TransferCondition.NEW;
  if (v === 'second hand') return TransferCondition.SECOND_HAND;
  if (v === 'second hand but modernized' || v === 'second hand but modernised')
    return TransferCondition.SECOND_HAND_MODERNISED;
  throw new BadUserInputError(
    'status',
    `"status" should be New, Second hand or Second hand but modernized; got ${JSON.stringify(raw.trim())}.`,
  );
}

/** A TIV cell: "12", "0.03", or empty. */
function tiv(field: string, raw: string | undefined): number | null {
  const v = (raw ?? '').trim();
  if (v === '') return null;
  if (!/^\d+(\.\d+)?$/.test(v))
    throw new BadUserInputError(field, `"${field}" should be a number; got ${JSON.stringify(v)}.`);
  return Number(v);
}

function year(field: string, raw: string): string | null {
  const v = raw.trim();
  if (v === '') return null;
  if (!/^\d{4}$/.test(v)) throw new BadUserInputError(field, `"${field}" should be a year; got ${JSON.stringify(v)}.`);
  return v;
}

export interface SipriDeal {
  id: string;
  supplier: SipriParty;
  recipient: SipriParty;
  transfer: RecordTransferInput;
}

/**
 * The deal's natural key: what SIPRI does not revise between releases (the parties, the year of
 * order, the designation and the description), and which occurrence of those it is in the file:
 * SIPRI's register holds identical rows that are separate deals, and each stays a deal of its own.
 */
export function sipriDealKey(cells: readonly string[]): string {
  const [recipient, supplier, orderYear, , , , designation, description] = cells.map((c) => (c ?? '').trim());
  return [recipient, supplier, orderYear, designation, description].join('\u0001');
}

/** The deal's id: a UUIDv5 of its natural key and occurrence, the same in every release. */
export const sipriDealId = (cells: readonly string[], occurrence: number): string =>
  v5(['sipri-deal', sipriDealKey(cells), String(occurrence)].join('\u0001'), SIPRI_NAMESPACE);

/**
 * One register row as a transfer citing the SIPRI dataset. Its id is a UUIDv5 of the natural key
 * and the occurrence (1 for the first row with that key), so importing the file again, or a later
 * release of the register, finds the same deal.
 */
export function sipriDeal(
  cells: string[],
  quote: string,
  occurrence = 1,
  sourceKey: string = SIPRI_SOURCE_KEY,
): SipriDeal {
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
    tivPerUnit,
    tivOrder,
    tivDelivered,
  ] = cells.map((c) => (c ?? '').trim());
  if (!recipientRaw) throw new BadUserInputError('Recipient', '"Recipient" is empty.');
  if (!supplierRaw) throw new BadUserInputError('Supplier', '"Supplier" is empty.');
  if (!description) throw new BadUserInputError('Weapon description', '"Weapon description" is empty.');
  const recipient = sipriParty(recipientRaw);
  const supplier = sipriParty(supplierRaw);
  const start = year('Year of order', orderYear);
  const years = [...new Set(deliveryYears.match(/\d{4}/g) ?? [])].sort();
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
  const id = sipriDealId(cells, occurrence);
  return {
    id,
    supplier,
    recipient,
    transfer: {
      supplier: supplier.spelling,
      recipient: recipient.spelling,
      category: sipriCategory(description),
      item: description,
      designation: designation || null,
      quantity: {
        min: orderedN.value,
        max: orderedN.value,
        text: quantityText || null,
        delivered: deliveredN.value,
      },
      status,
      period: { start: start ?? years[0] ?? null, end: years.length ? years[years.length - 1] : null },
      context: comments || null,
      condition: sipriCondition(condition),
      deliveryYears: years.map(Number),
      uncertain: [
        orderMark === '?' ? UncertainFigure.ORDER_YEAR : null,
        orderedMark === '?' ? UncertainFigure.QUANTITY_ORDERED : null,
        deliveredMark === '?' ? UncertainFigure.QUANTITY_DELIVERED : null,
      ].filter((f): f is UncertainFigure => f !== null),
      tiv: {
        perUnit: tiv('SIPRI TIV per unit', tivPerUnit),
        order: tiv('SIPRI TIV for total order', tivOrder),
        delivered: tiv('SIPRI TIV of delivered weapons', tivDelivered),
      },
      citations: [
        {
          source: sourceKey,
          quote,
          credibility: uncertain || orderedN.estimate ? 3 : 2,
          locator: 'trade register row',
        },
      ],
    },
  };
}
