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
