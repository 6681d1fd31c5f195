import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, printSchema } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';
import { AppError } from '../../core/errors/errors';
import { coerceVariables } from './coerced-variables';
import type { Logger } from '../../core/logger/logger';
export type { ExecutorMode } from '../../core/config/config';

/**
 * How operations are executed. `graphql-js` is the reference implementation. `jit` compiles each
 * operation once with graphql-jit (same schema, same resolvers) and runs the compiled function,
 * several times cheaper per field. `compare` runs queries both ways and refuses to answer when
 * they differ: the tests run in this mode, so every test query checks graphql-jit against
 * graphql-js. Apollo 5 has no executor hook of its own; its gateway interface (what Apollo
 * Federation uses to plug in another executor) is the supported way in.
 */

const CACHE_SIZE = 1000;

function sameResult(a: ExecutionResult, b: ExecutionResult): boolean {
  const shape = (r: ExecutionResult) =>
    JSON.stringify({
      data: r.data,
      errors: (r.errors ?? []).map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
    });
  return shape(a) === shape(b);
}

/** graphql-js's refusal to pick an operation, as BAD_REQUEST with HTTP 400. */
async function badRequest(result: ExecutionResult | Promise<ExecutionResult>): Promise<ExecutionResult> {
  const { errors = [] } = await result;
  return { errors: errors.map((e) => new AppError('BAD_REQUEST', e.message, { http: { status: 400 } })) };
}

export function jitGateway(
  schema: GraphQLSchema,
  mode: 'jit' | 'compare',
  logger: Logger,
  hideSuggestions = false,
): GatewayInterface {
  // Compiled operations by document hash and operation name, the oldest dropped first.
  const compiled = new Map<string, CompiledQuery | ExecutionResult>();
  const compile = (key: string, make: () => CompiledQuery | ExecutionResult) => {
    let entry = compiled.get(key);
    if (!entry) {
      entry = make();
      compiled.set(key, entry);
      if (compiled.size > CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    }
    return entry;
  };

  const executor: GatewayExecutor = async (rc) => {
    const variables = rc.request.variables ?? {};
    // The name the client sent: Apollo's own (rc.operationName) is null when it names no operation,
    // and graphql-js would then run the only one instead of saying the name is unknown.
    const operationName = rc.request.operationName ?? undefined;
    const reference = () =>
      execute({
        schema,
        document: rc.document,
        contextValue: rc.context,
        variableValues: variables,
        operationName,
        hideSuggestions,
      });
    // No operation could be chosen (several without operationName, or a name naming none):
    // graphql-js says why, and it is the client's mistake, a 400.
    if (!rc.operation) return badRequest(reference());
    // Mutations (their cost is the write) and anything but queries run on graphql-js.
    if (rc.operation.operation !== 'query') return reference();
    // Variables are checked as graphql-js checks them, so a bad one is still a 400 with its message.
    const coerced = coerceVariables(rc.request, schema, rc.operation, variables, hideSuggestions);
    if (coerced.errors) return { errors: coerced.errors };
    const entry = compile(`${rc.queryHash}:${operationName ?? ''}`, () =>
      compileQuery(schema, rc.document, operationName, { disablingCapturingStackErrors: true }),
    );
    if (!isCompiledQuery(entry)) return reference();
    const fast = (await entry.query(undefined, rc.context, variables)) as ExecutionResult;
    // An answer with errors is given by graphql-js, whose error paths, codes and null bubbling are
    // the reference (a query has no side effects, so running it again is safe).
    if (fast.errors?.length) return reference();
    if (mode === 'jit') return fast;
    // Writes committed between the two runs can change the answer (a count read before and after
    // an insert), so a difference counts only when it survives running both again; a real
    // disagreement between the executors is deterministic and does.
    let jit = fast;
    let slow = await reference();
    for (let round = 0; round < 3 && !sameResult(slow, jit); round++) {
      jit = (await entry.query(undefined, rc.context, variables)) as ExecutionResult;
      if (sameResult(slow, jit)) break;
      slow = await reference();
    }
    if (sameResult(slow, jit)) return slow;
    logger.error('graphql-jit and graphql-js disagree', {
      operationName,
      reference: JSON.stringify(slow).slice(0, 2000),
      jit: JSON.stringify(jit).slice(0, 2000),
    });
    return {
      data: null,
      errors: [
        new AppError('INTERNAL_SERVER_ERROR', 'graphql-jit and graphql-js gave different answers to this query.'),
      ],
    };
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {
      compiled.clear();
    },
  };
}
