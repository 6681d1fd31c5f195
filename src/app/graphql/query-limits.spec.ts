import 'reflect-metadata';
import { parse } from 'graphql';
import { createSchema } from './schema';
import { STRING_COST_CHARS, operationCost } from './query-limits';

const PAGES = { defaultPageSize: 50, maxPageSize: 500 };

describe('the cost of arguments', () => {
  const cost = async (query: string, variables: Record<string, unknown> = {}) =>
    operationCost(await createSchema(), parse(query), variables, undefined, PAGES);

  it('counts every STRING_COST_CHARS characters of a string argument', async () => {
    const search = `query($t: String!) { search(text: $t, first: 1) { kind } }`;
    const short = await cost(search, { t: 'drones' });
    expect(await cost(search, { t: 'x'.repeat(10 * STRING_COST_CHARS) })).toBe(short + 10);
  });

  it('counts strings inside inputs and lists, and each item of a list argument', async () => {
    const network = `query($a: [String!]!) { supplyNetwork(around: $a, depth: 1) { truncated } }`;
    const one = await cost(network, { a: ['Russia'] });
    expect(await cost(network, { a: ['Russia', 'Iran'] })).toBe(one + 1);
    expect(await cost(network, { a: ['Russia', 'x'.repeat(3 * STRING_COST_CHARS)] })).toBe(one + 1 + 3);
    const filtered = `query($f: TransferFilter) { transfers(first: 1, filter: $f) { totalCount } }`;
    const plain = await cost(filtered, { f: { supplier: 'Iran' } });
    expect(await cost(filtered, { f: { supplier: 'y'.repeat(5 * STRING_COST_CHARS) } })).toBe(plain + 5);
  });
});
