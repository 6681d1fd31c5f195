import type { TimelineCell } from './dossier-types';
import type { Relation } from './relations';
import { VERDICTS } from './timeline-model';

/**
 * What the actor's record rests on: its claims by verdict, and the independent voices behind its
 * supply relations, with plain sentences for a reader who should not have to work it out. Pure.
 */

export type VerdictCounts = Record<string, number>;

export interface VerdictTally {
  transfers: VerdictCounts;
  recognitions: VerdictCounts;
  total: number;
}

const zero = (): VerdictCounts => Object.fromEntries(VERDICTS.map((v) => [v, 0]));

/**
 * Its claims by verdict: its deals with counterparts (the timeline's cells) and its recognition
 * claims, counted per verdict by the API (however many there are).
 */
export function tallyVerdicts(cells: readonly TimelineCell[], recognitions: Readonly<VerdictCounts>): VerdictTally {
  const transfers = zero();
  for (const c of cells) transfers[c.verdict] = (transfers[c.verdict] ?? 0) + c.count;
  const recs = { ...zero(), ...recognitions };
  const total = [...Object.values(transfers), ...Object.values(recs)].reduce((n, x) => n + x, 0);
  return { transfers, recognitions: recs, total };
}

export interface VoiceShare {
  name: string;
  /** relations (counterparts, either side) it is among the voices of */
  relations: number;
  /** deals of those relations */
  deals: number;
}

export interface VoiceSummary {
  relations: number;
  deals: number;
  /** every voice, behind the most relations first */
  voices: VoiceShare[];
  /** relations resting on one independent voice, and their deals */
  oneVoice: { relations: number; deals: number };
  /** relations no voice supports */
  noVoice: { relations: number; deals: number };
}

export function summarizeVoices(relations: readonly Relation[]): VoiceSummary {
  const shares = new Map<string, VoiceShare>();
  const out: VoiceSummary = {
    relations: relations.length,
    deals: 0,
    voices: [],
    oneVoice: { relations: 0, deals: 0 },
    noVoice: { relations: 0, deals: 0 },
  };
  for (const r of relations) {
    out.deals += r.deals;
    if (r.independentVoices === 1) {
      out.oneVoice.relations++;
      out.oneVoice.deals += r.deals;
    }
    if (r.independentVoices === 0) {
      out.noVoice.relations++;
      out.noVoice.deals += r.deals;
    }
    for (const name of r.voices) {
      const s = shares.get(name) ?? { name, relations: 0, deals: 0 };
      s.relations++;
      s.deals += r.deals;
      shares.set(name, s);
    }
  }
  out.voices = [...shares.values()].sort(
    (a, b) => b.relations - a.relations || b.deals - a.deals || a.name.localeCompare(b.name, 'en'),
  );
  return out;
}

export const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : '0%');
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The findings, most important first: what most of the record rests on, and who says it. */
export function findings(tally: VerdictTally, voices: VoiceSummary): string[] {
  const out: string[] = [];
  if (!tally.total) return ['No claim about this actor matches the chosen years and filters.'];
  const count = (v: string) => (tally.transfers[v] ?? 0) + (tally.recognitions[v] ?? 0);
  const weak = count('SINGLE_SOURCE') + count('UNSUPPORTED');
  if (weak * 2 > tally.total)
    out.push(
      `Most of its claims (${percent(weak, tally.total)}) rest on one voice or none: ` +
        `${plural(count('SINGLE_SOURCE'), 'claim')} single source, ${count('UNSUPPORTED').toLocaleString('en')} unsupported.`,
    );
  else
    out.push(
      `${percent(count('CORROBORATED'), tally.total)} of its claims are corroborated by two or more independent voices.`,
    );
  if (count('CONTESTED'))
    out.push(`${plural(count('CONTESTED'), 'claim is', 'claims are')} contested: at least one voice disputes them.`);
  const [top] = voices.voices;
  if (voices.relations && top) {
    if (voices.voices.length === 1)
      out.push(`Every one of its ${plural(voices.relations, 'supply relation')} rests on a single voice: ${top.name}.`);
    else if (top.relations * 2 > voices.relations)
      out.push(
        `${top.name} is among the voices of ${top.relations} of its ${plural(voices.relations, 'supply relation')} ` +
          `(${percent(top.deals, voices.deals)} of its deals); ${plural(voices.voices.length, 'independent voice')} in all.`,
      );
    else
      out.push(
        `Its ${plural(voices.relations, 'supply relation')} rest on ${plural(voices.voices.length, 'independent voice')}; ` +
          `the most frequent, ${top.name}, is among the voices of ${top.relations} of them.`,
      );
  }
  if (voices.oneVoice.relations * 2 > voices.relations && voices.voices.length > 1)
    out.push(
      `${voices.oneVoice.relations} of its ${plural(voices.relations, 'supply relation')} ` +
        `(${percent(voices.oneVoice.deals, voices.deals)} of its deals) rest on one independent voice each.`,
    );
  return out;
}
