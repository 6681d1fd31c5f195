import { BadUserInputError } from '../errors/errors';

/**
 * Keyset (seek) pagination. A cursor is the sort key of the last row seen — the ordering's
 * value and the row id — tagged with the ordering's name, base64url-encoded so clients treat it
 * as opaque. Decoding checks everything, so a forged or stale cursor is a BAD_USER_INPUT, never
 * a silent restart from the top.
 */
export interface CursorKey {
  readonly value: string | number;
  readonly id: string;
}

export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([order, key.value, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(order: string, cursor: string, field = 'after'): CursorKey {
  const bad = () => new BadUserInputError(field, `Malformed or foreign cursor in "${field}".`);
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw bad();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad();
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    parsed[0] !== order ||
    !(typeof parsed[1] === 'string' || (typeof parsed[1] === 'number' && Number.isFinite(parsed[1]))) ||
    typeof parsed[2] !== 'string' ||
    parsed[2].length === 0
  ) {
    throw bad();
  }
  return { value: parsed[1], id: parsed[2] };
}

export interface PageLimits {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}

/** `first` checked against the configured cap: negative or over the cap is refused, not clamped. */
export function pageSize(first: number | undefined | null, limits: PageLimits, field = 'first'): number {
  if (first === undefined || first === null) return limits.defaultPageSize;
  if (!Number.isInteger(first) || first < 0) {
    throw new BadUserInputError(field, `"${field}" must be a non-negative integer.`);
  }
  if (first > limits.maxPageSize) {
    throw new BadUserInputError(field, `"${field}" must be at most ${limits.maxPageSize}.`);
  }
  return first;
}

/** What a client asks of a connection: Relay's first/after forwards, last/before backwards. */
export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/**
 * A checked page request: how many, the bounds (either, both or none), and the direction. `first`
 * and `last` together are refused (Relay advises against them and their meaning is unclear);
 * `after` and `before` may bound a window together.
 */
export interface PageWindow {
  readonly size: number;
  readonly after?: string;
  readonly before?: string;
  /** read from the end (`last`): the page is the last `size` items before `before` */
  readonly backward: boolean;
}

export function pageWindow(args: PageArgs, limits: PageLimits): PageWindow {
  const given = (v: unknown) => v !== undefined && v !== null;
  if (given(args.first) && given(args.last)) {
    throw new BadUserInputError('last', 'Give "first" or "last", not both.');
  }
  const backward = given(args.last);
  return {
    size: backward ? pageSize(args.last, limits, 'last') : pageSize(args.first, limits, 'first'),
    after: args.after ?? undefined,
    before: args.before ?? undefined,
    backward,
  };
}
