import { registerEnumType } from 'type-graphql';

export enum ClaimOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
  STRONGEST_EVIDENCE_FIRST = 'STRONGEST_EVIDENCE_FIRST',
}

export enum DateOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}

registerEnumType(ClaimOrder, {
  name: 'ClaimOrder',
  description: 'How claims are ordered. Ties are broken by id, so the order is stable and pages never overlap.',
  valuesConfig: {
    NEWEST_FIRST: { description: "By the start of the claim's period or date, latest first; undated claims last." },
    OLDEST_FIRST: { description: "By the start of the claim's period or date, earliest first; undated claims first." },
    STRONGEST_EVIDENCE_FIRST: {
      description: 'By verdict, then independent voices, then best reliability and credibility.',
    },
  },
});

registerEnumType(DateOrder, {
  name: 'DateOrder',
  description: 'Order by date. Ties are broken by id, so the order is stable and pages never overlap.',
  valuesConfig: {
    NEWEST_FIRST: { description: 'Latest first; undated items last.' },
    OLDEST_FIRST: { description: 'Earliest first; undated items first.' },
  },
});

/**
 * The SQL ordering and seek condition for a (column, id) keyset. The seek is a row-value
 * comparison, which both databases turn into an index range, so a deep page costs what the first
 * one does (an OR of two comparisons would be checked row by row from the top of the index).
 */
export function keyset(column: string, idColumn: string, descending: boolean) {
  const dir = descending ? 'DESC' : 'ASC';
  const cmp = descending ? '<' : '>';
  return {
    orderBy: `${column} ${dir}, ${idColumn} ${dir}`,
    after: `(${column}, ${idColumn}) ${cmp} (?, ?)`,
  };
}
