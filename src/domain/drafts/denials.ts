import type { Mention } from './actor-names';
import type { Attribution } from './attribution';
import type { DraftValue } from './draft-values';
import type { Sentence } from './text-units';

const DENIED_REPORT =
  /\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|called)\s+(?:the\s+|these\s+|those\s+|such\s+|all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:accusations?|allegations?|reports?|claims?|charges?|findings?|assertions?|suggestions?)\b/i;

/**
 * "Algeria rejects the accusation", "Tehran denied the report": a sentence that denies what was
 * reported, naming no transfer, disputes the claims the text made so far in which the denier
 * supplies or receives — one DISPUTES draft for each, quoting the denial.
 */
export function deniedReports(
  s: Sentence,
  mentions: readonly Mention[],
  attribution: Attribution,
  earlier: readonly DraftValue[],
  since: number,
): DraftValue[] {
  const m = DENIED_REPORT.exec(s.text);
  if (!m) return [];
  const denier = mentions.filter((x) => x.start < s.start + m.index && x.actors.length === 1).pop()?.actors[0];
  if (!denier) return [];
  const claims = new Map<string, DraftValue>();
  // what was reported just before: the claims quoted since `since` (the paragraph before)
  for (const d of earlier.filter((x) => x.quoteStart >= since)) {
    if (d.kind !== 'TRANSFER' || d.stance !== 'SUPPORTS') continue;
    if (d.supplier?.actor?.id !== denier.id && d.recipient?.actor?.id !== denier.id) continue;
    claims.set(JSON.stringify([d.supplier?.actor?.id, d.recipient?.actor?.id, d.category]), d);
  }
  const denial = { role: 'DENIAL', text: m[0], start: s.start + m.index, end: s.start + m.index + m[0].length };
  return [...claims.values()].map((d) => ({
    ...d,
    designation: null,
    stance: 'DISPUTES' as const,
    quote: s.text,
    quoteStart: s.start,
    quoteEnd: s.end,
    period: null,
    voice: attribution.voice,
    chain: attribution.chain,
    credibility: null,
    reasons: [denial, ...attribution.reasons],
  }));
}

/**
 * "Minsk has denied sending weapons to Russia": a denial of weapons in general disputes each
 * specific claim the text makes for the same pair, so it becomes one DISPUTES draft per category
 * claimed (with the claim's item), or stays as it is when the text claims none.
 */
export function spreadDenials(drafts: DraftValue[]): DraftValue[] {
  return drafts.flatMap((d) => {
    if (d.kind !== 'TRANSFER' || d.stance !== 'DISPUTES' || d.category !== 'OTHER_MATERIEL') return [d];
    if (!/\b(?:weapons?|arms|weaponry|military\s+(?:aid|equipment|support)|lethal\s+aid)\b/i.test(d.item ?? ''))
      return [d];
    const same = (x: DraftValue) =>
      x.kind === 'TRANSFER' &&
      x.stance === 'SUPPORTS' &&
      x.category !== 'OTHER_MATERIEL' &&
      x.supplier?.actor?.id === d.supplier?.actor?.id &&
      x.recipient?.actor?.id === d.recipient?.actor?.id &&
      d.supplier?.actor != null &&
      d.recipient?.actor != null;
    const claimed = new Map(drafts.filter(same).map((x) => [x.category, x]));
    if (!claimed.size) return [d];
    return [...claimed.values()].map((x) => ({
      ...d,
      category: x.category,
      item: x.item,
      status: x.status,
      designation: null,
    }));
  });
}
