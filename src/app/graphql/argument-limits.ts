import { TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { ARGUMENT, count } from '../../core/config/limits';
import { BadUserInputError } from '../../core/errors/errors';

/**
 * The size of every argument, checked once the variables are known and before any resolver
 * runs: no list argument (or list inside an input) over ARGUMENT.maxListItems, and in queries no
 * string over ARGUMENT.maxQueryString (write inputs have their own limits, checked field by field
 * before anything is written). So no argument can reach SQL as 32,000 parameters or a 50,000-
 * character LIKE pattern. Null when every argument fits; else the BAD_USER_INPUT to answer,
 * naming the argument (e.g. "filter.status" or "around").
 */
export function argumentSizeError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  /** the operation's variables, coerced (valid: invalid ones are refused by execution) */
  variables: Record<string, unknown>,
): BadUserInputError | null {
  const checkStrings = operation.operation === 'query';
  let problem: BadUserInputError | null = null;
  const check = (value: unknown, field: string): void => {
    if (problem) return;
    if (Array.isArray(value)) {
      if (value.length > ARGUMENT.maxListItems) {
        problem = new BadUserInputError(
          field,
          `"${field}" has ${count(value.length)} items; at most ${count(ARGUMENT.maxListItems)} are allowed.`,
        );
        return;
      }
      value.forEach((item, i) => check(item, `${field}[${i}]`));
    } else if (typeof value === 'string') {
      if (checkStrings && value.length > ARGUMENT.maxQueryString) {
        problem = new BadUserInputError(
          field,
          `"${field}" is ${count(value.length)} characters long; at most ${count(ARGUMENT.maxQueryString)} are allowed.`,
        );
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) check(item, `${field}.${key}`);
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const def = typeInfo.getFieldDef();
        if (!def || problem) return;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(def, node, variables);
        } catch {
          return; // a bad argument value: execution says so
        }
        for (const [name, value] of Object.entries(args)) check(value, name);
      },
    }),
  );
  return problem;
}
