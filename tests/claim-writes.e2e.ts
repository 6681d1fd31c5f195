import { TransferCategory, TransferStatus } from '../src/domain/claims/claim-enums';
import { claimWriteService } from '../src/domain/claims/claim-write.service';
import type { RecordTransferInput } from '../src/domain/claims/claim-write.inputs';
import { Stance } from '../src/domain/evidence/evidence-enums';
import { GUARDIAN, NYT, US_FINDING, WHITE_HOUSE_STATEMENT } from '../src/tools/seed/seed-sources';
import { startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const VALID: RecordTransferInput = {
  supplier: 'iran',
  recipient: 'russia',
  category: TransferCategory.UAV,
  item: 'drones',
  status: TransferStatus.DELIVERED,
  citations: [{ source: GUARDIAN, quote: 'took delivery of Iranian-manufactured drones', chain: [NYT] }],
};

async function refusal(input: RecordTransferInput): Promise<{ code?: unknown; field?: unknown }> {
  try {
    await claimWriteService.recordTransfer(t.server.context(), input);
  } catch (e: any) {
    return { code: e.extensions?.code, field: e.extensions?.field };
  }
  throw new Error('the write was accepted');
}

describe('recording a claim through the write service', () => {
  it.each<[string, Partial<RecordTransferInput>, string]>([
    [
      'a quote that is not in the source text',
      { citations: [{ source: GUARDIAN, quote: 'Iran sold Russia tanks' }] },
      'citations[0].quote',
    ],
    [
      'a chain that repeats a source',
      { citations: [{ source: GUARDIAN, quote: 'drones', chain: [NYT, US_FINDING, NYT] }] },
      'citations[0].chain[2]',
    ],
    [
      'a chain that contains the citing source',
      { citations: [{ source: GUARDIAN, quote: 'drones', chain: [NYT, GUARDIAN] }] },
      'citations[0].chain[1]',
    ],
    // The seed has The Guardian relaying The New York Times relaying the US finding.
    [
      'a chain that closes a derivedFrom cycle through other claims',
      { citations: [{ source: NYT, quote: 'drones', chain: [GUARDIAN] }] },
      'citations[0].chain[0]',
    ],
    [
      'a longer chain that closes one further down',
      { citations: [{ source: US_FINDING, quote: 'drones', chain: [WHITE_HOUSE_STATEMENT, GUARDIAN] }] },
      'citations[0].chain[1]',
    ],
    [
      'an unknown source in a chain',
      { citations: [{ source: GUARDIAN, quote: 'drones', chain: ['nowhere'] }] },
      'citations[0].chain[0]',
    ],
    ['an unknown citing source', { citations: [{ source: 'nowhere', quote: 'drones' }] }, 'citations[0].source'],
    [
      'no supporting citation',
      { citations: [{ source: GUARDIAN, quote: 'drones', stance: Stance.DISPUTES }] },
      'citations',
    ],
    ['supplier equal to recipient', { supplier: 'russia', recipient: 'Russian Federation' }, 'recipient'],
    ['an unknown supplier', { supplier: 'atlantis' }, 'supplier'],
    ['an invalid PartialDate', { period: { start: '2022-13' } }, 'period.start'],
    ['a reversed period', { period: { start: '2022-09', end: '2022-08' } }, 'period.end'],
    ['quantity min above max', { quantity: { min: 10, max: 5 } }, 'quantity.max'],
    ['a negative quantity', { quantity: { min: -1 } }, 'quantity.min'],
    ['an empty item', { item: '   ' }, 'item'],
    [
      'credibility out of range',
      { citations: [{ source: NYT, quote: 'x', credibility: 7 }] },
      'citations[0].credibility',
    ],
    [
      'a bad second citation after a good first',
      {
        citations: [
          { source: NYT, quote: 'ok' },
          { source: GUARDIAN, quote: 'not in the text' },
        ],
      },
      'citations[1].quote',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_name, change, field) => {
    const before = await tableCounts(t.server);
    expect(await refusal({ ...VALID, ...change })).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await tableCounts(t.server)).toEqual(before);
  });

  it('accepts a valid claim, marks verified quotes, and keeps its assessment current', async () => {
    const id = await claimWriteService.recordTransfer(t.server.context(), {
      ...VALID,
      citations: [
        { source: GUARDIAN, quote: 'took   delivery of Iranian‐manufactured drones', chain: [NYT], credibility: 2 },
        { source: US_FINDING, quote: 'an unpublished finding', attributedTo: 'white house', credibility: 3 },
      ],
    });
    const d = await t.data(
      `{ transfer(id: "${id}") { evidence { verified } assessment { verdict independentVoices grade } } }`,
    );
    expect(d.transfer.evidence).toEqual([{ verified: true }, { verified: false }]);
    expect(d.transfer.assessment).toEqual({ verdict: 'CORROBORATED', independentVoices: 2, grade: 'F2' });
    const filtered = await t.data(`{ transfers(filter: { verdict: CORROBORATED }) { edges { node { id } } } }`);
    expect(filtered.transfers.edges).toEqual([{ node: { id } }]);
  });

  it('serialises concurrent writes on SQLite: 30 parallel claims all land', async () => {
    const before = await tableCounts(t.server);
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        claimWriteService.recordTransfer(t.server.context(), { ...VALID, item: `parallel ${i}` }),
      ),
    );
    expect(new Set(ids).size).toBe(30);
    const after = await tableCounts(t.server);
    expect(after.transfer - before.transfer).toBe(30);
    expect(after.citation_hop - before.citation_hop).toBe(30);
  });
});
