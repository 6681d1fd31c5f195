import { startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * A page of claims reads only the columns its fields need (claim.rows.ts columnsFor). Every
 * field, asked alone in a list, must give what the full single read gives.
 */
let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const SUB: Record<string, string> = {
  supplier: '{ key }',
  recipient: '{ key }',
  intermediary: '{ key }',
  originCountry: '{ key }',
  recognizer: '{ key }',
  recognized: '{ key }',
  quantity: '{ min max text delivered }',
  tiv: '{ perUnit order delivered }',
  period: '{ start end }',
  evidence: '{ id quote stance }',
  history: '{ operation }',
  assessment: '{ verdict grade independentVoices disputingVoices }',
};

async function fieldsOf(type: string): Promise<string[]> {
  const { __type } = await t.data(`{ __type(name: "${type}") { fields { name } } }`);
  return __type.fields.map((f: { name: string }) => f.name);
}

describe.each([
  ['Transfer', 'transfers', 'transfer'],
  ['Recognition', 'recognitions', 'recognition'],
])('a page of %s', (type, list, one) => {
  it('answers every field alone as the single read does', async () => {
    const fields = await fieldsOf(type);
    const selection = (f: string) => `${f} ${SUB[f] ?? ''}`;
    const full = fields.map(selection).join(' ');
    const { [list]: page } = await t.data(
      `{ ${list}(first: 100, filter: { includeRetracted: true }) { edges { node { id } } } }`,
    );
    const ids: string[] = page.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(3);
    const reference = new Map<string, any>();
    for (const id of ids)
      reference.set(id, (await t.data(`query ($id: ID!) { ${one}(id: $id) { ${full} } }`, { id }))[one]);
    for (const f of fields) {
      const { [list]: alone } = await t.data(
        `{ ${list}(first: 100, filter: { includeRetracted: true }) { edges { node { id ${selection(f)} } } } }`,
      );
      for (const e of alone.edges)
        expect({ field: f, value: e.node[f] }).toEqual({ field: f, value: reference.get(e.node.id)[f] });
    }
  });

  it('reads fields asked through fragments, inline fragments and aliases', async () => {
    const actorField = type === 'Transfer' ? 'supplier' : 'recognizer';
    const { [list]: page } = await t.data(
      `query { ${list}(first: 100) { edges { ...E } } }
       fragment E on ${type}Edge { node { id ... on ${type} { who: ${actorField} { key } } ...S } }
       fragment S on ${type} { st: status }`,
    );
    expect(page.edges.length).toBeGreaterThan(3);
    for (const { node } of page.edges) {
      const { [one]: ref } = await t.data(`query ($id: ID!) { ${one}(id: $id) { ${actorField} { key } status } }`, {
        id: node.id,
      });
      expect({ who: node.who, st: node.st }).toEqual({ who: ref[actorField], st: ref.status });
    }
  });
});
