import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, getNamedType, getNullableType, isListType } from 'graphql';
import type {
  DocumentNode,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { NETWORK } from '../../core/config/limits';
import { argumentSizeError } from './argument-limits';
import { coerceVariables } from './coerced-variables';
import type { QueryLimits } from '../../core/config/config';
import { AppError } from '../../core/errors/errors';
import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Limits on what one operation may ask, checked before any resolver runs (a refused operation
 * is a 400 with a GraphQL error and reads nothing). Depth, aliases (of __typename too),
 * directives and fields are counted by the validation rule below, through fragments as they
 * expand — a fragment's counts are computed once and multiplied by its spreads, so a fragment
 * that spreads exponentially is refused in linear time; tokens by graphql-js's parser
 * (Apollo's parseOptions.maxTokens, so a syntax error stays a 400); cost by
 * graphql-query-complexity with the estimator below, once the variables are known.
 */

interface Shape {
  depth: number;
  /** depth under `__schema`/`__type`, held to its own limit (see INTROSPECTION_DEPTH) */
  introspectionDepth: number;
  aliases: number;
  directives: number;
  fields: number;
}

/**
 * Introspection queries nest `ofType` to unwrap list and non-null types: the one every IDE sends
 * (graphql-js's getIntrospectionQuery) is 15 levels deep. Those levels are answered from memory,
 * so below `__schema` and `__type` the depth limit is at least this; aliases, directives and
 * fields count as everywhere else.
 */
export const INTROSPECTION_DEPTH = 20;
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const CAP = 1e12;
const EMPTY: Shape = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0, fields: 0 };
const add = (a: Shape, b: Shape, times = 1): Shape => ({
  depth: Math.max(a.depth, b.depth),
  introspectionDepth: Math.max(a.introspectionDepth, b.introspectionDepth),
  aliases: Math.min(CAP, a.aliases + times * b.aliases),
  directives: Math.min(CAP, a.directives + times * b.directives),
  fields: Math.min(CAP, a.fields + times * b.fields),
});

/** One validation rule for depth, aliases, directives and fields of each operation. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const rule = (context: ValidationContext) => {
    const fragments = new Map<string, Shape>();
    const visiting = new Set<string>();
    const shapeOf = (set: SelectionSetNode): Shape => {
      let shape: Shape = EMPTY;
      for (const s of set.selections) {
        const directives = s.directives?.length ?? 0;
        if (s.kind === 'Field') {
          const below = s.selectionSet ? shapeOf(s.selectionSet) : EMPTY;
          const counts = {
            aliases: below.aliases + (s.alias ? 1 : 0),
            directives: below.directives + directives,
            fields: below.fields + 1,
          };
          if (INTROSPECTION_ROOTS.has(s.name.value)) {
            shape = add(shape, {
              ...counts,
              depth: 1,
              introspectionDepth: Math.max(below.depth, below.introspectionDepth) + 1,
            });
          } else {
            shape = add(shape, {
              ...counts,
              depth: below.depth + 1,
              introspectionDepth: below.introspectionDepth === 0 ? 0 : below.introspectionDepth + 1,
            });
          }
        } else if (s.kind === 'InlineFragment') {
          const inner = shapeOf(s.selectionSet);
          shape = add(shape, { ...inner, directives: inner.directives + directives });
        } else {
          const name = s.name.value;
          let inner = fragments.get(name);
          if (!inner) {
            const def = context.getFragment(name);
            // An unknown or circular fragment is reported by graphql-js's own rules.
            if (!def || visiting.has(name)) continue;
            visiting.add(name);
            inner = shapeOf(def.selectionSet);
            visiting.delete(name);
            fragments.set(name, inner);
          }
          shape = add(shape, { ...inner, directives: inner.directives + directives });
        }
      }
      return shape;
    };
    return {
      OperationDefinition(node: OperationDefinitionNode) {
        const shape = shapeOf(node.selectionSet);
        const over: [string, number, number][] = [
          ['depth', shape.depth, limits.maxDepth],
          ['depth', shape.introspectionDepth, Math.max(limits.maxDepth, INTROSPECTION_DEPTH)],
          ['aliases', shape.aliases, limits.maxAliases],
          ['directives', shape.directives, limits.maxDirectives],
          ['fields', shape.fields, limits.maxFields],
        ];
        for (const [what, found, max] of over) {
          if (found > max) {
            const message =
              what === 'depth'
                ? `The operation is ${found} levels deep (depth); at most ${max} are allowed.`
                : `The operation has ${found >= CAP ? 'too many' : found} ${what}; at most ${max} are allowed.`;
            context.reportError(new GraphQLError(message, { nodes: [node] }));
          }
        }
      },
    };
  };
  return [rule as ValidationRule];
}

/** Assumed length of a list whose size no argument bounds (evidence, chains, aliases…). */
const UNBOUNDED_LIST = 5;

/**
 * What a field costs: 1, plus one per item of its list arguments, plus what is under it times
 * how many of it there can be — `last`, or `first` (or the page size when neither is given) for
 * connections, `maxNodes` for networks, one per id for nodes(ids:), a guess for other lists. So pagination arguments multiply the cost of
 * everything below them.
 */
/** Characters of a string argument that count 1 in the cost (a 1,000-character search costs 10). */
export const STRING_COST_CHARS = 100;

/**
 * The work an argument's value is for the resolver: every item of a top-level list (an actor to
 * resolve, a value to match) and every STRING_COST_CHARS characters of every string in it, at any
 * depth (a search text, names inside an input).
 */
function argumentWeight(v: unknown, top: boolean): number {
  if (typeof v === 'string') return Math.floor(v.length / STRING_COST_CHARS);
  if (Array.isArray(v)) return (top ? v.length : 0) + v.reduce((n: number, x) => n + argumentWeight(x, false), 0);
  if (v !== null && typeof v === 'object')
    return Object.values(v).reduce((n: number, x) => n + argumentWeight(x, false), 0);
  return 0;
}

export function costEstimator(defaultPageSize: number, maxPageSize: number): ComplexityEstimator {
  // Sizes beyond what the API accepts count as the largest accepted: the resolver refuses them
  // with BAD_USER_INPUT naming the argument, which says more than a cost error would.
  const size = (v: unknown, fallback: number, max: number) =>
    typeof v === 'number' ? Math.min(Math.max(v, 0), max) : fallback;
  return ({ field, args, childComplexity }) => {
    const argNames = new Set(field.args.map((a) => a.name));
    let times = 1;
    if (argNames.has('last') && typeof args.last === 'number') times = size(args.last, 0, maxPageSize);
    else if (argNames.has('first')) times = size(args.first, defaultPageSize, maxPageSize);
    else if (argNames.has('ids') && Array.isArray(args.ids)) times = args.ids.length;
    else if (argNames.has('maxNodes')) times = size(args.maxNodes, NETWORK.defaultMaxNodes, NETWORK.maxNodes);
    else if (isListType(getNullableType(field.type)) && getNamedType(field.type) !== field.type) times = UNBOUNDED_LIST;
    return 1 + Object.values(args).reduce((n: number, v) => n + argumentWeight(v, true), 0) + times * childComplexity;
  };
}

export function operationCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown>,
  operationName: string | undefined,
  pages: { defaultPageSize: number; maxPageSize: number },
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    maxQueryNodes: MAX_COSTED_NODES,
    estimators: [costEstimator(pages.defaultPageSize, pages.maxPageSize)],
  });
}

/**
 * Nodes (fields, fragment spreads and inline fragments, each spread counted again) the cost walk
 * visits before giving up. The validation rule bounds fields; tokens bound fragment nesting; this
 * bounds their product. An operation beyond it is refused, never let through uncosted.
 */
export const MAX_COSTED_NODES = 1_000_000;

/**
 * The size and cost checks of one operation, once its variables are coerced: the error to answer
 * (argument too large: BAD_USER_INPUT naming it; cost over the limit, or too large to cost:
 * QUERY_TOO_COSTLY, fail closed), or null. /graphql runs them in costLimitPlugin below, the
 * subscriptions' stream before it opens.
 */
export function operationLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  coerced: Record<string, unknown>,
  maxCost: number,
  pages: { defaultPageSize: number; maxPageSize: number },
): AppError | null {
  const tooLarge = argumentSizeError(schema, document, operation, coerced);
  if (tooLarge) {
    (tooLarge.extensions as Record<string, unknown>).http = { status: 400 };
    return tooLarge;
  }
  let cost: number;
  try {
    cost = operationCost(schema, document, variables, operation.name?.value, pages);
  } catch {
    return new AppError(
      'QUERY_TOO_COSTLY',
      `This operation is too large to cost (over ${MAX_COSTED_NODES} nodes as its fragments expand).`,
      { maxCost, http: { status: 400 } },
    );
  }
  if (cost > maxCost) {
    return new AppError(
      'QUERY_TOO_COSTLY',
      `This operation would cost ${cost}, above the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`,
      { cost, maxCost, http: { status: 400 } },
    );
  }
  return null;
}

/** Verdicts remembered per server (the most recently used kept). */
const VERDICTS = 1000;

/**
 * What the size and cost checks can depend on in the variables: their structure, numbers,
 * booleans and nulls, and the length of each string (the checks read strings only by length).
 * Two requests of one document with the same shape get the same verdict.
 */
export function variableShape(variables: Record<string, unknown>, declared: readonly string[]): string {
  // Only the operation's own variables (others are ignored by execution, and would let a client
  // make every key different), hashed so that a remembered verdict costs the same whatever the size.
  const own = Object.fromEntries(declared.filter((name) => name in variables).map((name) => [name, variables[name]]));
  const shape = JSON.stringify(own, (_key, value: unknown) =>
    typeof value === 'string' ? `\u0000${value.length}` : value,
  );
  return createHash('sha256').update(shape).digest('base64');
}

/**
 * Refuses an operation whose arguments are too large or whose cost is above the limit, before it
 * executes. The two walks of the document are done once per document, operation and variable
 * shape: an operation that passed is remembered (by Apollo's hash of the query), so the same
 * query again — what clients send all day — is not walked again. Refusals are not remembered:
 * they are worked out again, which costs only the refused.
 */
export function costLimitPlugin(
  schema: GraphQLSchema,
  maxCost: number,
  pages: { defaultPageSize: number; maxPageSize: number },
  hideSuggestions: boolean,
): ApolloServerPlugin {
  const passed = new Map<string, true>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, operation, queryHash }) {
          // No operation could be chosen: nothing executes, the executor answers 400 (executor.ts).
          if (!operation) return;
          const variables = request.variables ?? {};
          const coerced = coerceVariables(request, schema, operation, variables, hideSuggestions);
          // Variables that do not fit the operation: execution refuses them (400) before any resolver runs.
          if (coerced.errors) return;
          const declared = (operation.variableDefinitions ?? []).map((d) => d.variable.name.value);
          const key = `${queryHash}\u0000${operationName ?? ''}\u0000${variableShape(variables, declared)}`;
          if (passed.delete(key)) {
            passed.set(key, true);
            return;
          }
          const refused = operationLimitError(schema, document, operation, variables, coerced.coerced, maxCost, pages);
          if (refused) throw refused;
          passed.set(key, true);
          if (passed.size > VERDICTS) passed.delete(passed.keys().next().value!);
        },
      };
    },
  };
}
