import { GraphQLScalarType, Kind } from 'graphql';
import { BadUserInputError } from '../errors/errors';
import { isPartialDate } from '../util/partial-date';

function check(value: unknown): string {
  if (typeof value !== 'string' || !isPartialDate(value)) {
    throw new BadUserInputError(
      'PartialDate',
      `Invalid PartialDate ${JSON.stringify(value)}: expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" with a real month and day.`,
    );
  }
  return value;
}

export const PartialDateScalar = new GraphQLScalarType({
  name: 'PartialDate',
  description:
    'A date known to the year ("2022"), the month ("2022-08") or the day ("2022-08-15"). As a filter bound it stands ' +
    'for every day it covers: from "2022-08" starts on 2022-08-01, to "2022-08" ends on 2022-08-31.',
  serialize: (value) => value,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) return check(undefined);
    return check(ast.value);
  },
});
