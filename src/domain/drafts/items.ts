import nlp from 'compromise';
import { categoryOf } from './categories';
import type { Mention } from './actor-names';

export interface DraftQuantityValue {
  min: number | null;
  max: number | null;
  text: string;
}

/** One thing a transfer draft is about: its words, its category, model names and how many. */
export interface ItemValue {
  item: string;
  category: string;
  designations: string[];
  quantity: DraftQuantityValue | null;
  /** where the quantity's words are in the text */
  quantityAt: [number, number] | null;
  /** where the item's words are in the text */
  start: number;
  end: number;
}

// Where an item's noun phrase ends: a preposition or conjunction that starts something else, or punctuation.
const PHRASE_END =
  /\s(?:(?<!\bup\s)to|from|for|by|into|via|through|under|as|since|after|before|during|because|amid|despite|that|which|who|while|in|on|at(?!\s+(?:least|most)\b)|over|across|within|until|when|where|if|but|so|with|worth|valued|estimated|earlier|last|this|next|according|said|says|told|amounting|totalling|totaling|including|such|between|among)\b|,(?!\d{3}\b)|\.(?!\d)|[;:()“”"!?]|\s[-–—]\s|\s[–—]/i;

const VAGUE: Record<string, number> = {
  'hundreds of thousands': 100_000,
  'tens of thousands': 10_000,
  millions: 1_000_000,
  thousands: 1_000,
  hundreds: 100,
  dozens: 24,
  scores: 40,
};

const UNIT = String.raw`(?:company|battalion|brigade|platoon|team|group|unit|contingent|batch|shipment|consignment|squadron|fleet|convoy|detachment|regiment)`;
const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|thousand))?|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several)\s+dozen|a\s+dozen|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:\s+(?:hundred|thousand|million))?)`;
const LOWER = /^(?:at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|a\s+minimum\s+of)$/i;
const UPPER = /^(?:up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|at\s+most|no\s+more\s+than)$/i;
const ROUGH = /^(?:about|around|roughly|nearly|almost|approximately|some|an\s+estimated|close\s+to)$/i;
const QUANTITY = new RegExp(
  String.raw`^(?:between\s+(?<lo>${NUMBER})\s+and\s+(?<hi>${NUMBER})\s+|(?<vague>hundreds\s+of\s+thousands|tens\s+of\s+thousands|millions|thousands|hundreds|dozens|scores)\s+of\s+|(?:a|an|one)\s+${UNIT}\s+of\s+(?<unit>${NUMBER})\s+|(?:(?<bound>at\s+least|more\s+than|over|upwards\s+of|no\s+fewer\s+than|a\s+minimum\s+of|up\s+to|as\s+many\s+as|fewer\s+than|less\s+than|under|at\s+most|no\s+more\s+than|about|around|roughly|nearly|almost|approximately|some|an\s+estimated|close\s+to)\s+)?(?<n>${NUMBER})\s+(?:(?:more|additional|new|further|of\s+(?:the|its|their))\s+)?)`,
  'i',
);

/** The value of a number as written: "18", "1,200", "eighteen", "two dozen", "3 million". */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '');
  const dozen = /^(.*?)\s*dozen$/.exec(t);
  if (dozen) return 12 * (dozen[1] === 'a' || dozen[1] === '' ? 1 : (numberValue(dozen[1]) ?? NaN));
  const scaled = /^(\d+(?:\.\d+)?)\s+(million|billion|thousand)$/.exec(t);
  if (scaled) return Math.round(Number(scaled[1]) * { million: 1e6, billion: 1e9, thousand: 1e3 }[scaled[2]]!);
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'several') return null;
  const parsed = nlp(t).numbers().get() as unknown[];
  const n = typeof parsed[0] === 'number' ? parsed[0] : null;
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

/** The quantity at the start of a phrase, and how many characters it takes. */
export function quantityAt(phrase: string): { value: DraftQuantityValue; length: number } | null {
  const m = QUANTITY.exec(phrase);
  if (!m) return null;
  const text = m[0]
    .trim()
    .replace(/\s+of$/i, '')
    .replace(/\s+(?:more|additional|new|further)$/i, '');
  if (m.groups!.lo) {
    const [lo, hi] = [numberValue(m.groups!.lo), numberValue(m.groups!.hi)];
    return { value: { min: lo, max: hi, text }, length: m[0].length };
  }
  if (m.groups!.vague) {
    return {
      value: { min: VAGUE[m.groups!.vague.toLowerCase().replace(/\s+/g, ' ')], max: null, text },
      length: m[0].length,
    };
  }
  const n = numberValue((m.groups!.unit ?? m.groups!.n).trim());
  if (n === null) return { value: { min: null, max: null, text }, length: m[0].length };
  const bound = m.groups!.bound ?? '';
  const value = LOWER.test(bound)
    ? { min: /more|over/i.test(bound) ? n + 1 : n, max: null, text }
    : UPPER.test(bound)
      ? { min: null, max: /fewer|less|under/i.test(bound) ? n - 1 : n, text }
      : ROUGH.test(bound)
        ? { min: null, max: null, text }
        : { min: n, max: n, text };
  return { value, length: m[0].length };
}

const DETERMINER =
  /^(?:the|a|an|its|their|his|her|some|more|new|further|several|various|large\s+numbers\s+of|a\s+number\s+of|numerous|additional\s+batches\s+of|batches\s+of|a\s+batch\s+of|a\s+shipment\s+of|shipments\s+of|a\s+consignment\s+of|stocks\s+of|supplies\s+of|quantities\s+of|large\s+quantities\s+of|unspecified|an\s+unspecified\s+number\s+of)\s+/i;

// Model names: "Mohajer-6", "Shahed-136", "Su-35", "S-400", "Shahed-series", "HIMARS", "Bayraktar TB2", "Leopard 2".
const DESIGNATION =
  /\b(?:[A-Z][A-Za-z]*(?:-[A-Za-z0-9]+)+|[A-Z]{3,}\d*|[A-Z][a-z]+\s+[A-Z]{1,3}\d+[A-Z]?|[A-Z][a-z]+\s+\d+[A-Z]?\d*)\b/g;

/**
 * The item of a transfer in `text[from, to)`: the first noun phrase there that names a category,
 * without its quantity, determiners and the actors in it ("additional North Korean military
 * equipment" is "additional military equipment", made by North Korea). Items joined by "and" of
 * different categories are separate ("drones and missiles"), except rockets with shells.
 */
export function itemsIn(text: string, from: number, to: number, mentions: readonly Mention[]): ItemValue[] {
  // leading spaces and opening quotes (“a single weapon”) are not the item
  let start = from + (text.slice(from, to).length - text.slice(from, to).replace(/^[\s“”"‘']+/, '').length);
  let phrase = text.slice(start, to);
  const quantity = quantityAt(phrase);
  let quantitySpan: [number, number] | null = quantity ? [start, start + quantity.value.text.length] : null;
  if (quantity) {
    start += quantity.length;
    phrase = text.slice(start, to);
  }
  // "its order for Russian air-defence systems": the preposition is not the item
  for (let d = DETERMINER.exec(phrase) ?? /^(?:for|of)\s+/i.exec(phrase); d; d = DETERMINER.exec(phrase)) {
    start += d[0].length;
    phrase = text.slice(start, to);
  }
  // "an additional 2,000 soldiers", "another 40 drones": the quantity after the determiner
  const later = quantity ? null : quantityAt(phrase.replace(/^(?:additional|another|extra|further|more)\s+/i, ''));
  if (later) {
    const skipped = phrase.length - phrase.replace(/^(?:additional|another|extra|further|more)\s+/i, '').length;
    quantitySpan = [start + skipped, start + skipped + later.value.text.length];
    start += skipped + later.length;
    phrase = text.slice(start, to);
  }
  const cut = PHRASE_END.exec(phrase);
  let end = start + (cut ? cut.index : phrase.length);
  // "components for ballistic missiles", "kits for drones": what they are for says what they are
  const purpose = /^\s+for\s+/.exec(text.slice(end, to));
  if (
    purpose &&
    /\b(?:components|parts|kits|guidance\s+(?:kits|units|systems)|technology|engines|warheads)\s*$/i.test(
      text.slice(start, end),
    )
  ) {
    const rest = text.slice(end + purpose[0].length, to);
    const more = PHRASE_END.exec(rest);
    end = end + purpose[0].length + (more ? more.index : rest.length);
  }
  let words = text.slice(start, end);
  // the actors in the phrase are who made or gave it, not what it is
  for (const m of mentions.filter((m) => m.start >= start && m.end <= end).reverse()) {
    const a = m.start - start;
    let b = m.end - start;
    if (m.compound) b += 1 + m.compound.length;
    words = words.slice(0, a) + words.slice(b).replace(/^['’]s\b/, '');
  }
  words = words.replace(/\s+/g, ' ').trim();
  if (!words || !categoryOf(words)) return [];
  const designations = [...words.matchAll(DESIGNATION)].map((d) => d[0]).filter((d) => !categoryOnly(d));
  let item = words;
  for (const d of designations) item = item.replace(d, ' ');
  item =
    item
      .replace(/^(?:\s|,|and)+|(?:\s|,|and)+$/g, '')
      .replace(/\s+(?:it|they|that|which|who|we|he|she)$/i, '')
      .replace(/\s+/g, ' ')
      .trim() || words;
  // a part's category is read with its model names: "66 F-16V fighters" are aircraft
  const parts = splitByCategory(item).map((p, _, all) =>
    all.length === 1 ? { ...p, category: categoryOf(words) ?? p.category } : p,
  );
  return parts.map((p, i) => {
    // "3,000 missiles and at least 60 Humvees": each part its own quantity
    const own = i > 0 ? quantityAt(p.item) : null;
    const at = own ? text.indexOf(p.item, start) : -1;
    return {
      item: own ? p.item.slice(own.length).trim() : p.item,
      category: p.category,
      designations:
        parts.length === 1 ? designations : designations.filter((d) => categoryOf(`${d} ${p.item}`) === p.category),
      quantity: own ? own.value : i === 0 ? (quantity?.value ?? later?.value ?? null) : null,
      quantityAt:
        own && at >= 0 ? ([at, at + own.value.text.length] as [number, number]) : i === 0 ? quantitySpan : null,
      start,
      end,
    };
  });
}

/** A designation that is only a category word in capitals ("UAVs", "SAM"). */
function categoryOnly(d: string): boolean {
  return /^(?:UAVs?|SAMs?|APCs?|IFVs?|RPGs?|MLRS|US|UK|EU|UN|NATO)$/.test(d);
}

/** "drones and missiles" → two items; "rockets and artillery shells" stays one (ammunition). */
function splitByCategory(item: string): { item: string; category: string }[] {
  const pieces = item.split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+/i).filter(Boolean);
  const cats = pieces.map((p) => categoryOf(p));
  if (cats.every((c) => c === cats[0]) || cats.some((c) => c === null)) return [{ item, category: categoryOf(item)! }];
  if (
    cats.includes('AMMUNITION') &&
    cats.every((c, i) => c === 'AMMUNITION' || /^rockets?$/i.test(pieces[i].split(' ').pop()!))
  )
    return [{ item, category: 'AMMUNITION' }];
  const out: { item: string; category: string }[] = [];
  pieces.forEach((p, i) => {
    const same = out.find((o) => o.category === cats[i]);
    if (same) same.item += ` and ${p}`;
    else out.push({ item: p, category: cats[i]! });
  });
  return out;
}
