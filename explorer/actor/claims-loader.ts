import { gql } from '../api';
import type { Page, RecognitionData, TransferData } from '../types';
import type { ClaimRequest, KeyRule } from './claim-selection';
import { keeps } from './claim-selection';
import {
  CLAIMS_PAGE,
  CLAIM_BY_ID,
  CLAIM_KEYS,
  CLAIM_RECOGNITIONS,
  CLAIM_TRANSFERS,
  KEYS_PAGE,
  TRANSFERS_BY_ID,
} from './dossier-queries';
import type { ClaimKey } from './dossier-types';

/**
 * Reads the claims of a selection a page at a time, strongest evidence first: straight from the
 * API's connection when a filter says which claims they are, or by key when a rule says which of
 * a filter's claims a figure keeps (claim-selection.ts): the keys are read first (light), then
 * each page of claims by id with their evidence.
 */
export interface ClaimList<T> {
  items: T[];
  total: number;
  /** the keys were read up to MAX_KEYS: `total` is a lower bound */
  capped: boolean;
  hasMore(): boolean;
  more(): Promise<void>;
}

/** Keys read at most for one figure (20 requests): beyond, the list says it is cut. */
const MAX_KEYS = 10_000;

type Paged<T> = Page<T> & { pageInfo: { hasNextPage: boolean; endCursor: string | null } };

class PagedList<T> implements ClaimList<T> {
  items: T[] = [];
  total = 0;
  capped = false;
  private after: string | null = null;
  private next = true;

  constructor(
    private readonly query: string,
    private readonly field: 'transfers' | 'recognitions',
    private readonly filter: Record<string, unknown>,
  ) {}

  hasMore(): boolean {
    return this.next;
  }

  async more(): Promise<void> {
    const d = await gql<Record<string, Paged<T>>>(this.query, {
      filter: this.filter,
      first: CLAIMS_PAGE,
      after: this.after,
    });
    const page = d[this.field];
    this.total = page.totalCount;
    this.items.push(...page.edges.map((e) => e.node));
    this.after = page.pageInfo.endCursor;
    this.next = page.pageInfo.hasNextPage;
  }
}

async function transfersById(ids: string[]): Promise<TransferData[]> {
  if (!ids.length) return [];
  const d = await gql<{ nodes: (TransferData | null)[] }>(TRANSFERS_BY_ID, { ids });
  return d.nodes.filter((n): n is TransferData => n !== null);
}

class KeyedList implements ClaimList<TransferData> {
  items: TransferData[] = [];
  total = 0;
  capped = false;
  private ids: string[] = [];

  constructor(
    private readonly filter: Record<string, unknown>,
    private readonly rule: KeyRule,
  ) {}

  hasMore(): boolean {
    return this.items.length < this.ids.length;
  }

  async keys(): Promise<void> {
    let after: string | null = null;
    let read = 0;
    for (;;) {
      const d: { transfers: Paged<ClaimKey> } = await gql(CLAIM_KEYS, { filter: this.filter, first: KEYS_PAGE, after });
      const page = d.transfers;
      read += page.edges.length;
      this.ids.push(
        ...page.edges
          .map((e) => e.node)
          .filter((k) => keeps(k, this.rule))
          .map((k) => k.id),
      );
      if (!page.pageInfo.hasNextPage) break;
      if (read >= MAX_KEYS) {
        this.capped = true;
        break;
      }
      after = page.pageInfo.endCursor;
    }
    this.total = this.ids.length;
  }

  async more(): Promise<void> {
    const ids = this.ids.slice(this.items.length, this.items.length + CLAIMS_PAGE);
    this.items.push(...(await transfersById(ids)));
  }
}

export interface OpenClaims {
  transfers: ClaimList<TransferData> | null;
  recognitions: ClaimList<RecognitionData> | null;
  /** the one claim asked for by id: a transfer or a recognition (neither when none has that id) */
  single?: { transfer: TransferData | null; recognition: RecognitionData | null };
}

/** Reads the first page of each kind of claim the request holds. */
export async function openClaims(req: ClaimRequest): Promise<OpenClaims> {
  if (req.id) {
    const single = await gql<OpenClaims['single']>(CLAIM_BY_ID, { id: req.id });
    return { transfers: null, recognitions: null, single };
  }
  let transfers: ClaimList<TransferData> | null = null;
  if (req.transfers && req.rule) {
    const keyed = new KeyedList(req.transfers, req.rule);
    await keyed.keys();
    transfers = keyed;
  } else if (req.transfers) transfers = new PagedList<TransferData>(CLAIM_TRANSFERS, 'transfers', req.transfers);
  const recognitions = req.recognitions
    ? new PagedList<RecognitionData>(CLAIM_RECOGNITIONS, 'recognitions', req.recognitions)
    : null;
  await Promise.all([transfers?.more(), recognitions?.more()]);
  return { transfers, recognitions };
}
