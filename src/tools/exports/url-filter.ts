import { RecognitionStatus, TransferCategory, TransferStatus } from '../../domain/claims/claim-enums';
import { BadUserInputError } from '../../core/errors/errors';
import { isPartialDate } from '../../core/util/partial-date';
import { Reliability } from '../../domain/evidence/admiralty';
import { Verdict } from '../../domain/evidence/evidence-enums';

type Parser = (field: string, raw: string[]) => unknown;

const text: Parser = (_f, raw) => raw[raw.length - 1];
const bool: Parser = (field, raw) => {
  const v = raw[raw.length - 1];
  if (v !== 'true' && v !== 'false') throw new BadUserInputError(field, `"${field}" must be true or false.`);
  return v === 'true';
};
const int: Parser = (field, raw) => {
  const v = raw[raw.length - 1];
  if (!/^\d+$/.test(v)) throw new BadUserInputError(field, `"${field}" must be a non-negative integer.`);
  return Number(v);
};
const date: Parser = (field, raw) => {
  const v = raw[raw.length - 1];
  if (!isPartialDate(v))
    throw new BadUserInputError(field, `"${field}" is not a PartialDate ("YYYY", "YYYY-MM" or "YYYY-MM-DD").`);
  return v;
};
/** Repeated or comma-separated values of an enum: ?status=PLANNED,DELIVERED or ?status=PLANNED&status=DELIVERED. */
const list =
  (values: readonly string[]): Parser =>
  (field, raw) => {
    const items = raw
      .flatMap((r) => r.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.find((i) => !values.includes(i));
    if (bad !== undefined)
      throw new BadUserInputError(field, `"${field}" has ${JSON.stringify(bad)}; expected ${values.join(', ')}.`);
    return items;
  };
const one =
  (values: readonly string[]): Parser =>
  (field, raw) =>
    (list(values)(field, raw) as string[])[0];

/** One of a few exact values, e.g. ?version=1.2 of network.gexf: an option of the file, not a filter. */
export const oneOf =
  (values: readonly string[], what: string): Parser =>
  (field, raw) => {
    const v = raw[raw.length - 1];
    if (!values.includes(v))
      throw new BadUserInputError(
        field,
        `"${field}" must be ${values.join(' or ')} (${what}); not ${JSON.stringify(v)}.`,
      );
    return v;
  };

const COMMON: Record<string, Parser> = {
  actor: text,
  exactActor: bool,
  from: date,
  to: date,
  verdict: list(Object.values(Verdict)),
  minIndependentVoices: int,
  minReliability: one(Object.values(Reliability)),
  minCredibility: int,
  includeRetracted: bool,
};

export const TRANSFER_PARAMS: Record<string, Parser> = {
  ...COMMON,
  supplier: text,
  recipient: text,
  category: list(Object.values(TransferCategory)),
  status: list(Object.values(TransferStatus)),
};

export const RECOGNITION_PARAMS: Record<string, Parser> = {
  ...COMMON,
  recognizer: text,
  recognized: text,
  status: list(Object.values(RecognitionStatus)),
};

/**
 * A claim filter from URL parameters, with the same names and meaning as the GraphQL filter.
 * Unknown parameters and bad values are BAD_USER_INPUT naming the parameter.
 */
export function filterFromQuery(
  query: Record<string, unknown>,
  params: Record<string, Parser>,
): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    // Own entries only: "valueOf", "__proto__" or "constructor" are unknown names, not Object's.
    const parse = Object.hasOwn(params, name) ? params[name] : undefined;
    if (!parse)
      throw new BadUserInputError(
        name,
        `Unknown filter parameter "${name}"; known: ${Object.keys(params).join(', ')}.`,
      );
    const raw = (Array.isArray(value) ? value : [value]).map(String);
    filter[name] = parse(name, raw);
  }
  return filter;
}
