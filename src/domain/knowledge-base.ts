/**
 * Whether a knowledge base holds any source or claim (reference data such as the gazetteer's
 * states does not count): the seed loads only into one that does not, and `npm run generate`
 * writes only into one that does not. One indexed probe per table, not a count: it stays instant
 * on a database of millions of claims, at every start.
 */
export const HOLDS_SOURCES_OR_CLAIMS_SQL = `SELECT CASE WHEN EXISTS (SELECT 1 FROM source) OR EXISTS (SELECT 1 FROM transfer)
  OR EXISTS (SELECT 1 FROM recognition) THEN 1 ELSE 0 END AS held`;

/** Whether any claim exists, and whether any claim voice does (see ensureClaimVoices). */
export const CLAIMS_WITHOUT_VOICES_SQL = `SELECT CASE WHEN (EXISTS (SELECT 1 FROM transfer) OR EXISTS (SELECT 1 FROM recognition))
  AND NOT EXISTS (SELECT 1 FROM claim_voice) THEN 1 ELSE 0 END AS held`;

/** The answer of one of these probes: true when its condition holds. */
export const held = (rows: readonly { held: unknown }[]): boolean => Number(rows[0]?.held) === 1;
