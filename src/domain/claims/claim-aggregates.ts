import { verdictRank } from '../evidence/assessment';
import { Verdict } from '../evidence/evidence-enums';

/** SQL for a claim's verdict as its rank, so MAX() finds the strongest (table alias `t`). */
export const VERDICT_RANK_SQL = `CASE t.verdict ${Object.values(Verdict)
  .map((v) => `WHEN '${v}' THEN ${verdictRank(v)}`)
  .join(' ')} ELSE 0 END`;

const BY_RANK = new Map(Object.values(Verdict).map((v) => [verdictRank(v), v]));
export const verdictOfRank = (rank: number): Verdict => BY_RANK.get(rank)!;

/** The earlier / later of two ISO dates, either possibly unknown. */
export const earliest = (a: string | null, b: string | null) => (a === null ? b : b === null || a < b ? a : b);
export const latest = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);
