import type { Page } from '../../core/graphql/connection';
import type { PageWindow } from '../../core/graphql/pagination';
import { BadUserInputError } from '../../core/errors/errors';
import { keysetPage } from '../../core/db/keyset-page';
import { ClaimOrder } from '../../core/graphql/order';
import { partialDateInterval } from '../../core/util/partial-date';
import type { SqlRunner } from '../../core/db/sql-runner';
import type { Reliability } from '../evidence/admiralty';
import type { Verdict } from '../evidence/evidence-enums';

/** The filters transfers and recognitions share: dates, evidence and retraction. */
export interface CommonClaimFilter {
  from?: string | null;
  to?: string | null;
  verdict?: Verdict[] | null;
  minIndependentVoices?: number | null;
  minReliability?: Reliability | null;
  minCredibility?: number | null;
  includeRetracted?: boolean | null;
}

export interface Conditions {
  where: string[];
  params: unknown[];
  /** alternatives any of which a row may meet, each read as its own index range (see keysetPage) */
  branches?: { sql: string; param: unknown }[];
}

/**
 * SQL conditions for the shared filters on table alias `t`. Dates select claims whose interval
 * overlaps [from, to]; undated claims never match a date filter.
 */
export function commonConditions(filter: CommonClaimFilter | null | undefined, lo: string, hi: string): Conditions {
  const where: string[] = [];
  const params: unknown[] = [];
  const f = filter ?? {};
  if (!f.includeRetracted) where.push('NOT t.retracted');
  const from = f.from ? partialDateInterval(f.from) : null;
  const to = f.to ? partialDateInterval(f.to) : null;
  if (from && to && from.lo > to.hi) throw new BadUserInputError('filter.to', '"filter.to" is before "filter.from".');
  if (from) {
    where.push(`t.${hi} >= ?`);
    params.push(from.lo);
  }
  if (to) {
    where.push(`t.${lo} <= ?`);
    params.push(to.hi);
  }
  if (f.verdict && f.verdict.length > 0) {
    where.push(`t.verdict IN (${f.verdict.map(() => '?').join(', ')})`);
    params.push(...f.verdict);
  }
  if (f.minIndependentVoices !== undefined && f.minIndependentVoices !== null) {
    if (f.minIndependentVoices < 0) throw new BadUserInputError('filter.minIndependentVoices', 'Must not be negative.');
    where.push('t.independent_voices >= ?');
    params.push(f.minIndependentVoices);
  }
  if (f.minReliability) {
    where.push('t.best_reliability <= ?');
    params.push(f.minReliability);
  }
  if (f.minCredibility !== undefined && f.minCredibility !== null) {
    if (f.minCredibility < 1 || f.minCredibility > 6)
      throw new BadUserInputError('filter.minCredibility', 'Must be from 1 to 6.');
    where.push('t.best_credibility <= ?');
    params.push(f.minCredibility);
  }
  return { where, params };
}

export function enumConditions(column: string, values: readonly string[] | null | undefined, into: Conditions): void {
  if (!values || values.length === 0) return;
  into.where.push(`t.${column} IN (${values.map(() => '?').join(', ')})`);
  into.params.push(...values);
}

export interface ClaimPageQuery<T> {
  /** the claims table, or its versions table for asOf */
  table: string;
  columns: string;
  map: (row: T) => T;
  conditions: Conditions;
  order: ClaimOrder;
  window: PageWindow;
}

type Keyed = { id: string; sortDate: string; strength: number };

/** One page of claims in the requested order. */
export function pageOfClaims<T extends Keyed>(sql: SqlRunner, q: ClaimPageQuery<T>): Promise<Page<T>> {
  const byStrength = q.order === ClaimOrder.STRONGEST_EVIDENCE_FIRST;
  return keysetPage<T>(sql, {
    from: `${q.table} t`,
    columns: q.columns,
    where: q.conditions.where,
    params: q.conditions.params,
    branches: q.conditions.branches,
    sortColumn: byStrength ? 't.strength' : 't.sort_date',
    idColumn: 't.id',
    descending: q.order !== ClaimOrder.OLDEST_FIRST,
    order: q.order,
    numeric: byStrength,
    window: q.window,
    map: q.map,
    keyOf: (r) => ({ value: byStrength ? r.strength : r.sortDate, id: r.id }),
  });
}
