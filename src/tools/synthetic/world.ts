import { v5 } from 'uuid';
import { baseState, stateCountry, tivOf } from './places-and-values';
import { ActorKind } from '../../domain/actors/actor-kind.enum';
import type { CreateActorInput } from '../../domain/actors/actor-write.inputs';
import { RecognitionStatus, TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import { Reliability } from '../../domain/evidence/admiralty';
import { Stance } from '../../domain/evidence/evidence-enums';
import type { CreateSourceInput } from '../../domain/sources/source-write.inputs';
import { SourceKind } from '../../domain/sources/source-kind.enum';
import { Random, Zipf } from './random';

/**
 * A synthetic knowledge base, described as plain inputs (actors, sources) and claim documents in
 * the claims.jsonl shape, so it is written through the same services as the API and the import.
 * Everything is drawn from one seeded generator: the same seed and size give the same content.
 * Names say "Synthetic" so nobody mistakes it for real data.
 */
const NAMESPACE = '6f1d2c9a-4b7e-5d3f-9a81-2c4e6b8d0f13';

export interface WorldSize {
  transfers: number;
  recognitions: number;
  states: number;
  groups: number;
  companies: number;
  entities: number;
  sources: number;
}

/**
 * Sizes that grow with the number of transfers, as a real register's would; `states` sets the
 * number of states instead (SIPRI's register has about 200 states among 257 parties for 29,500
 * deals: `--transfers 30000 --states 200`).
 */
export function worldSize(transfers: number, recognitions?: number, statesAsked?: number): WorldSize {
  const states = statesAsked ?? Math.min(200, Math.max(20, Math.round(transfers / 5000)));
  return {
    transfers,
    recognitions: recognitions ?? Math.round(transfers / 20),
    states,
    groups: Math.max(5, Math.round(states / 2)),
    companies: Math.max(5, Math.round(states / 4)),
    entities: Math.max(3, Math.round(states / 10)),
    sources: Math.max(50, Math.round(transfers / 10)),
  };
}

const ITEMS: Record<string, string[]> = {
  [TransferCategory.AMMUNITION]: ['artillery shells', '122mm rounds', 'small-arms ammunition', 'tank rounds'],
  [TransferCategory.ARTILLERY]: ['self-propelled howitzers', 'towed guns', 'mortars', 'multiple rocket launchers'],
  [TransferCategory.MISSILES_AND_ROCKETS]: [
    'ballistic missiles',
    'anti-tank guided missiles',
    'cruise missiles',
    'rockets',
  ],
  [TransferCategory.UAV]: ['attack drones', 'loitering munitions', 'reconnaissance drones'],
  [TransferCategory.AIRCRAFT]: ['fighter aircraft', 'transport helicopters', 'trainer aircraft'],
  [TransferCategory.AIR_DEFENCE]: ['surface-to-air missile systems', 'air defence radars', 'anti-aircraft guns'],
  [TransferCategory.ARMOURED_VEHICLES]: [
    'main battle tanks',
    'armoured personnel carriers',
    'infantry fighting vehicles',
  ],
  [TransferCategory.SHIPS]: ['patrol boats', 'corvettes'],
  [TransferCategory.SMALL_ARMS]: ['assault rifles', 'machine guns'],
  [TransferCategory.OTHER_MATERIEL]: ['body armour', 'radios', 'night-vision devices'],
};
const CATEGORIES = Object.keys(ITEMS) as TransferCategory[];
const STATUSES = [
  TransferStatus.DELIVERED,
  TransferStatus.DELIVERED,
  TransferStatus.IN_PROGRESS,
  TransferStatus.ORDERED,
  TransferStatus.PLANNED,
  TransferStatus.PROPOSED,
  TransferStatus.CANCELLED,
];
const CONTEXTS = [
  'Synthetic conflict in the north',
  'Synthetic border war',
  'Synthetic civil war',
  'Synthetic insurgency',
  null,
];
const OUTLETS = 40;
const SENTENCES = [
  'Officials said the deliveries had continued for several months.',
  'Satellite images showed new equipment at the base.',
  'The ministry declined to comment on the shipments.',
  'Analysts said the consignment arrived by rail.',
  'A spokesman denied that any transfer had taken place.',
  'Customs records list the cargo under a different description.',
  'The shipment was first reported by local media.',
  'Diplomats said the deal was signed earlier in the year.',
  'Photographs of the equipment circulated on social media.',
  'The report cites two people familiar with the deliveries.',
];

export const stateKey = (i: number) => `state-${i}`;
export const bodyKey = (i: number) => `state-${i}-mod`;
export const intelKey = (i: number) => `state-${i}-intel`;
const groupKey = (i: number) => `group-${i}`;
const companyKey = (i: number) => `company-${i}`;
const entityKey = (i: number) => `entity-${i}`;
const sourceKey = (i: number) => `source-${i}`;

/** Actors, parents before children: states with a ministry and an intelligence service each. */
export function syntheticActors(size: WorldSize): CreateActorInput[] {
  const actors: CreateActorInput[] = [];
  for (let i = 1; i <= size.states; i++) {
    actors.push({
      key: stateKey(i),
      name: `Synthetic State ${i}`,
      kind: ActorKind.STATE,
      countryCode: stateCountry(i),
      aliases: [`SS${i}`, `Republic of Synthetica ${i}`],
    });
    actors.push({
      key: bodyKey(i),
      name: `Synthetic State ${i} Ministry of Defence`,
      kind: ActorKind.GOVERNMENT_BODY,
      parent: stateKey(i),
      aliases: [`SS${i} MoD`],
    });
    actors.push({
      key: intelKey(i),
      name: `Synthetic State ${i} Intelligence Service`,
      kind: ActorKind.GOVERNMENT_BODY,
      parent: stateKey(i),
    });
  }
  for (let i = 1; i <= size.groups; i++)
    actors.push({
      key: groupKey(i),
      name: `Synthetic Armed Group ${i}`,
      kind: ActorKind.ARMED_GROUP,
      countryCode: stateCountry(baseState(i, size)),
      aliases: [`SAG ${i}`],
    });
  for (let i = 1; i <= size.companies; i++)
    actors.push({
      key: companyKey(i),
      name: `Synthetic Arms Company ${i}`,
      kind: ActorKind.COMPANY,
      countryCode: stateCountry(baseState(i + 3, size)),
    });
  for (let i = 1; i <= size.entities; i++)
    actors.push({ key: entityKey(i), name: `Synthetic People's Republic ${i}`, kind: ActorKind.SELF_PROCLAIMED_STATE });
  return actors;
}

/** Which sources carry their full text (quotes citing them are checked against it). */
const hasText = (i: number) => i % 2 === 0;
/** The first fifth are origins: statements and findings in a government's own voice. */
const isOrigin = (i: number, size: WorldSize) => i <= Math.ceil(size.sources / 5);

function sourceText(i: number): string {
  const r = new Random(i * 7919);
  return Array.from({ length: 5 }, () => r.pick(SENTENCES)).join(' ');
}

function year(r: Random): number {
  return 1995 + r.int(31);
}

export function syntheticSource(i: number, size: WorldSize, seed: number): CreateSourceInput {
  const r = new Random(seed * 1_000_003 + i);
  const published = `${year(r)}-${String(1 + r.int(12)).padStart(2, '0')}`;
  if (isOrigin(i, size)) {
    const voice = 1 + r.int(size.states);
    return {
      key: sourceKey(i),
      title: `Statement ${i} of Synthetic State ${voice}`,
      publisher: `Government of Synthetic State ${voice}`,
      kind: r.chance(0.5) ? SourceKind.GOVERNMENT_STATEMENT : SourceKind.INTELLIGENCE_ASSESSMENT,
      publishedOn: published,
      reliability: r.pick([Reliability.B, Reliability.C]),
      attributedTo: intelKey(voice),
      text: hasText(i) ? sourceText(i) : null,
    };
  }
  const outlet = 1 + r.int(OUTLETS);
  return {
    key: sourceKey(i),
    title: `Synthetic Wire ${outlet} report ${i}`,
    publisher: `Synthetic Wire ${outlet}`,
    kind: SourceKind.NEWS_REPORT,
    url: `https://news.example/${outlet}/${i}`,
    publishedOn: published,
    reliability: r.pick([Reliability.B, Reliability.C, Reliability.D, Reliability.F]),
    text: hasText(i) ? sourceText(i) : null,
  };
}

/** A quote the source's text really contains, or a plausible one for sources without text. */
function quoteFrom(source: number, r: Random): string {
  if (!hasText(source)) return r.pick(SENTENCES);
  return r.pick(sourceText(source).split(/(?<=\.) /));
}

/** Draws sources and parties for claims with a realistic skew. */
export class ClaimDrawer {
  private readonly suppliers: string[];
  private readonly recipients: string[];
  private readonly supplierZipf: Zipf;
  private readonly recipientZipf: Zipf;
  private readonly sourceZipf: Zipf;
  private readonly originCount: number;

  constructor(
    private readonly size: WorldSize,
    private readonly seed: number,
  ) {
    const states = Array.from({ length: size.states }, (_, i) => i + 1);
    this.suppliers = [...states.map(stateKey), ...Array.from({ length: size.companies }, (_, i) => companyKey(i + 1))];
    // Recipients: a state or, as often in reports, its ministry; armed groups in the tail.
    this.recipients = [
      ...states.flatMap((i) => [stateKey(i), bodyKey(i)]),
      ...Array.from({ length: size.groups }, (_, i) => groupKey(i + 1)),
    ];
    this.supplierZipf = new Zipf(this.suppliers.length, 1.2);
    this.recipientZipf = new Zipf(this.recipients.length, 1.1);
    this.sourceZipf = new Zipf(size.sources, 0.6);
    this.originCount = Math.ceil(size.sources / 5);
  }

  private citation(r: Random, stance: Stance, attributedTo?: string): Record<string, unknown> {
    const source = 1 + this.sourceZipf.draw(r);
    const relayed = !isOrigin(source, this.size) && stance === Stance.SUPPORTS && r.chance(0.5);
    return {
      source_key: sourceKey(source),
      quote: quoteFrom(source, r),
      stance,
      credibility: 1 + r.int(6),
      chain: relayed ? [sourceKey(1 + r.int(this.originCount))] : [],
      attributed_to_key: attributedTo ?? null,
      attribution: null,
      locator: `paragraph ${1 + r.int(9)}`,
    };
  }

  /** The i-th transfer (1-based) as a claims.jsonl document. */
  transfer(i: number): Record<string, unknown> {
    const r = new Random(this.seed * 2_000_003 + i);
    const supplier = this.suppliers[this.supplierZipf.draw(r)];
    let recipient = this.recipients[this.recipientZipf.draw(r)];
    while (recipient === supplier || recipient.startsWith(`${supplier}-`))
      recipient = this.recipients[r.int(this.recipients.length)];
    const category = r.pick(CATEGORIES);
    const start = year(r);
    const min = 1 + r.int(500);
    const evidence = [this.citation(r, Stance.SUPPORTS)];
    for (let k = r.int(3); k > 0; k--) evidence.push(this.citation(r, Stance.SUPPORTS));
    if (r.chance(0.05)) evidence.push(this.citation(r, Stance.DISPUTES, supplier));
    const retracted = r.chance(0.01);
    return {
      type: 'transfer',
      id: v5(`transfer:${this.seed}:${i}`, NAMESPACE),
      supplier_key: supplier,
      recipient_key: recipient,
      intermediary_key: null,
      origin_country_key: null,
      category,
      item: r.pick(ITEMS[category]),
      designation: r.chance(0.4) ? `SX-${1 + r.int(99)}` : null,
      quantity_min: min,
      quantity_max: r.chance(0.5) ? min + r.int(500) : min,
      quantity_text: null,
      status: r.pick(STATUSES),
      period_start: `${start}-${String(1 + r.int(12)).padStart(2, '0')}`,
      period_end: r.chance(0.3) ? String(start + 1 + r.int(3)) : null,
      context: r.pick(CONTEXTS),
      evidence,
      retracted,
      retraction_reason: retracted ? 'Synthetic: withdrawn after a correction.' : null,
      ...tivOf(new Random(this.seed * 5_000_011 + i), min),
    };
  }

  /** The i-th recognition (1-based): a state recognizing a self-proclaimed entity. */
  recognition(i: number): Record<string, unknown> {
    const r = new Random(this.seed * 3_000_017 + i);
    return {
      type: 'recognition',
      id: v5(`recognition:${this.seed}:${i}`, NAMESPACE),
      recognizer_key: stateKey(1 + (this.supplierZipf.draw(r) % this.size.states)),
      recognized_key: entityKey(1 + r.int(this.size.entities)),
      status: r.chance(0.9) ? RecognitionStatus.RECOGNIZED : RecognitionStatus.WITHDRAWN,
      date: `${year(r)}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`,
      evidence: [this.citation(r, Stance.SUPPORTS)],
      retracted: false,
    };
  }
}
