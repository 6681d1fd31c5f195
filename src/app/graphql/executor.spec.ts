import { GraphQLInt, GraphQLObjectType, GraphQLSchema, getOperationAST, parse } from 'graphql';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { Writable } from 'node:stream';
import { createLogger } from '../../core/logger/logger';
import { jitGateway } from './executor';

/** A schema whose one field answers what `next()` gives, so a test decides when "the data" changes. */
function schemaAnswering(next: () => number) {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { count: { type: GraphQLInt, resolve: () => next() } },
    }),
  });
}

async function run(next: () => number) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const gateway = jitGateway(schemaAnswering(next), 'compare', createLogger('error', sink));
  const { executor } = await gateway.load({ apollo: { keyHash: '', graphRef: '' } } as never);
  const document = parse('{ count }');
  const rc = {
    request: { variables: {} },
    document,
    operation: getOperationAST(document),
    operationName: null,
    queryHash: 'count',
    context: {},
  } as unknown as GatewayGraphQLRequestContext;
  if (!executor) throw new Error('the gateway gave no executor');
  const result = await executor(rc);
  return { result, lines };
}

describe('compare mode (graphql-jit checked against graphql-js)', () => {
  it('answers when both executors agree', async () => {
    const { result, lines } = await run(() => 7);
    expect(result).toEqual({ data: { count: 7 } });
    expect(lines).toEqual([]);
  });

  it('answers when the data changed once between the two runs (a write committed in between)', async () => {
    const answers = [1, 2];
    const { result, lines } = await run(() => answers.shift() ?? 2);
    expect(result).toEqual({ data: { count: 2 } });
    expect(lines).toEqual([]);
  });

  it('refuses, and logs both answers, when the executors keep disagreeing', async () => {
    let calls = 0;
    const { result, lines } = await run(() => ++calls);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].message).toBe('graphql-jit and graphql-js gave different answers to this query.');
    expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(lines.join('')).toContain('graphql-jit and graphql-js disagree');
    expect(calls).toBe(8);
  });
});
