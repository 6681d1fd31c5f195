import { LENGTH } from '../config/limits';
import { BadUserInputError } from '../errors/errors';
import { isWellFormedText } from './text';
import { partialDateInterval } from './partial-date';
import type { DateInterval } from './partial-date';

/**
 * Input checks shared by the write services. Each names the field at fault, so the client gets
 * BAD_USER_INPUT with `extensions.field` and nothing is written.
 */

export function text(field: string, value: string, max: number): string {
  const v = value.trim();
  if (v.length === 0) throw new BadUserInputError(field, `"${field}" must not be empty.`);
  if (v.length > max) throw new BadUserInputError(field, `"${field}" must be at most ${max} characters.`);
  if (v.includes('\u0000')) throw new BadUserInputError(field, `"${field}" must not contain NUL characters.`);
  if (!isWellFormedText(v))
    throw new BadUserInputError(field, `"${field}" is not well-formed Unicode (a lone surrogate).`);
  return v;
}

export function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  return value === undefined || value === null ? null : text(field, value, max);
}

export function key(field: string, value: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || value.length > LENGTH.key) {
    throw new BadUserInputError(
      field,
      `"${field}" must be a slug of lowercase letters, digits and single hyphens, at most ${LENGTH.key} characters.`,
    );
  }
  return value;
}

export function partialDate(field: string, value: string | null | undefined): DateInterval | null {
  if (value === undefined || value === null) return null;
  const interval = partialDateInterval(value);
  if (!interval)
    throw new BadUserInputError(field, `"${field}" is not a PartialDate ("YYYY", "YYYY-MM" or "YYYY-MM-DD").`);
  return interval;
}

export function integerIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `"${field}" must be an integer from ${min} to ${max}.`);
  }
  return value;
}

/**
 * For corrections: true when a required field is given (undefined means "leave it"); null is
 * refused, since the field cannot be cleared.
 */
export function given<T>(field: string, value: T | null | undefined): value is T {
  if (value === undefined) return false;
  if (value === null) throw new BadUserInputError(field, `"${field}" cannot be cleared.`);
  return true;
}

/** A value of an enum (GraphQL checks these itself; importers do not go through GraphQL). */
export function oneOf<T extends string>(field: string, value: unknown, values: Record<string, T>): T {
  const allowed = Object.values(values);
  if (typeof value !== 'string' || !allowed.includes(value as T)) {
    throw new BadUserInputError(
      field,
      `"${field}" must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}.`,
    );
  }
  return value as T;
}
