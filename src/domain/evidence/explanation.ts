import type { AssessmentFacts } from './assessment';
import { Verdict } from './evidence-enums';

/** What the explanation sentence needs, already resolved to display names. */
export interface ExplanationInput {
  readonly facts: AssessmentFacts;
  readonly voiceNames: readonly string[];
  readonly disputingNames: readonly string[];
  /** Each supporting citation's path as labels: citing source first, origin last. */
  readonly paths: readonly (readonly string[])[];
  /** How many distinct sources the supporting paths pass through. */
  readonly sourceCount: number;
  readonly firstReported: { readonly label: string; readonly date: string } | null;
  /** Echoes counted once (absent or empty when none): which source echoes which, and how. */
  readonly echoes?: readonly EchoPhrase[];
}

export interface EchoPhrase {
  readonly copy: string;
  readonly original: string;
  /** Resemblance of the texts, 0 to 1, when both have text. */
  readonly similarity: number | null;
  /** The copy quotes a passage of the original verbatim. */
  readonly verbatim: boolean;
  readonly confirmed: boolean;
}

function echoPhrase(e: EchoPhrase): string {
  const how =
    e.similarity !== null && (!e.verbatim || e.similarity >= 0.5)
      ? `shares ${Math.round(e.similarity * 100)}% of its text with`
      : 'repeats verbatim a passage of';
  return `${e.copy} ${how} ${e.original}${e.confirmed ? ' (confirmed)' : ''}`;
}

const VERDICT_WORDS: Record<Verdict, string> = {
  [Verdict.CORROBORATED]: 'Corroborated',
  [Verdict.SINGLE_SOURCE]: 'Single source',
  [Verdict.CONTESTED]: 'Contested',
  [Verdict.UNSUPPORTED]: 'Unsupported',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One readable sentence, e.g. "Single source: 1 independent voice (US intelligence community),
 * relayed by 3 sources (The Guardian ← The New York Times ← US intelligence finding); first
 * reported by The New York Times on 2022-09-05; grade F2; no disputing voice."
 */
export function explain(input: ExplanationInput): string {
  const { facts } = input;
  const parts: string[] = [];
  let voices = plural(facts.independentVoices, 'independent voice', 'independent voices');
  if (input.voiceNames.length) voices += ` (${input.voiceNames.join(', ')})`;
  if (input.paths.length) {
    const paths = [...new Set(input.paths.map((p) => p.join(' ← ')))];
    voices += `, relayed by ${plural(input.sourceCount, 'source', 'sources')} (${paths.join('; ')})`;
  }
  parts.push(`${VERDICT_WORDS[facts.verdict]}: ${voices}`);
  if (input.echoes?.length) parts.push(`echoes counted as one voice: ${input.echoes.map(echoPhrase).join(', ')}`);
  if (input.firstReported) {
    const { label, date } = input.firstReported;
    parts.push(`first reported by ${label} ${date.length === 10 ? 'on' : 'in'} ${date}`);
  }
  parts.push(facts.grade ? `grade ${facts.grade}` : 'no grade');
  parts.push(
    facts.disputingVoices === 0
      ? 'no disputing voice'
      : `${plural(facts.disputingVoices, 'disputing voice', 'disputing voices')} (${input.disputingNames.join(', ')})`,
  );
  return `${parts.join('; ')}.`;
}
