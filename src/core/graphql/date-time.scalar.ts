import { GraphQLScalarType } from 'graphql';
import type { ValueNode } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { BadUserInputError } from '../errors/errors';

/**
 * graphql-scalars' DateTime (RFC 3339, e.g. "2022-09-06T12:00:00Z"), whose parse failures are
 * BAD_USER_INPUT like every other bad value, instead of a bare validation error.
 */
const refuse = (e: unknown) => {
  throw new BadUserInputError(
    'DateTime',
    `Invalid DateTime: ${e instanceof Error ? e.message : e}. Expected e.g. "2022-09-06T12:00:00Z".`,
  );
};

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  parseValue(value: unknown) {
    try {
      return GraphQLDateTime.parseValue(value);
    } catch (e) {
      return refuse(e);
    }
  },
  parseLiteral(ast: ValueNode) {
    try {
      return GraphQLDateTime.parseLiteral(ast, undefined);
    } catch (e) {
      return refuse(e);
    }
  },
});
