import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { createContext } from '../src/domain/context';
import { importFile } from '../src/tools/imports/run-import';
import { dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * A transfer's dataset figures (condition, delivery years, uncertainty flags, number delivered,
 * SIPRI's trend-indicator values) through the API, the exports and back in.
 */
const FIGURES = `condition deliveryYears uncertain quantity { min delivered } tiv { perUnit order delivered }`;
const RECORD = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id ${FIGURES} } }`;
const input = (extra: Record<string, unknown>) => ({
  supplier: 'russia',
  recipient: 'iran',
  category: 'AIRCRAFT',
  item: 'fighter aircraft',
  designation: 'Su-35',
  status: 'ORDERED',
  quantity: { min: 24, delivered: 2 },
  citations: [{ source: 'nyt-2022-09-05-russia-north-korea-munitions', quote: 'fighter aircraft' }],
  ...extra,
});

let t: TestServer;
let editor: string;
let dir: string;
beforeAll(async () => {
  t = await startTestServer();
  editor = await makeKey(t.server, 'figures-editor', Role.EDITOR);
  dir = mkdtempSync(join(tmpdir(), 'supplyline-figures-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('figures through the API', () => {
  let id: string;

  it('records them, normalised: years sorted and unique, flags in a fixed order, TIV exact', async () => {
    const res = await t.gqlAs(editor, RECORD, {
      input: input({
        condition: 'SECOND_HAND_MODERNISED',
        deliveryYears: [2025, 2024, 2025],
        uncertain: ['QUANTITY_DELIVERED', 'ORDER_YEAR'],
        tiv: { perUnit: 0.1, order: 2.4, delivered: 0.2 },
      }),
    });
    expect(res.errors).toBeUndefined();
    id = res.data!.recordTransfer.id;
    expect(res.data!.recordTransfer).toMatchObject({
      condition: 'SECOND_HAND_MODERNISED',
      deliveryYears: [2024, 2025],
      uncertain: ['ORDER_YEAR', 'QUANTITY_DELIVERED'],
      quantity: { min: 24, delivered: 2 },
      tiv: { perUnit: 0.1, order: 2.4, delivered: 0.2 },
    });
  });

  it('sums TIV exactly in transferStats (0.1 + 0.2 is 0.3 here)', async () => {
    const again = await t.gqlAs(editor, RECORD, {
      input: input({ designation: 'Su-35 batch 2', tiv: { order: 0.1, delivered: 0.1 } }),
    });
    expect(again.errors).toBeUndefined();
    const stats = await t.data(
      `{ transferStats(groupBy: SUPPLIER, filter: { supplier: "russia", recipient: "iran", category: AIRCRAFT }) { key tivOrder tivDelivered } }`,
    );
    expect(stats.transferStats).toEqual([{ key: 'russia', tivOrder: 2.5, tivDelivered: 0.3 }]);
  });

  it('updates only the figures given, and keeps the old ones in the history', async () => {
    const res = await t.gqlAs(
      editor,
      `mutation($input: UpdateTransferInput!) { updateTransfer(input: $input) { ${FIGURES} history { operation before } } }`,
      { input: { id, tiv: { perUnit: 0.1, order: 2.4, delivered: 2.4 }, deliveryYears: [2024, 2025, 2026] } },
    );
    expect(res.errors).toBeUndefined();
    const transfer = res.data!.updateTransfer;
    expect(transfer).toMatchObject({
      condition: 'SECOND_HAND_MODERNISED',
      deliveryYears: [2024, 2025, 2026],
      uncertain: ['ORDER_YEAR', 'QUANTITY_DELIVERED'],
      tiv: { delivered: 2.4 },
    });
    const update = transfer.history.find((h: { operation: string }) => h.operation === 'updateTransfer');
    expect(update.before).toMatchObject({ tiv_delivered: 200_000, delivery_years: '2024;2025' });
  });

  it.each([
    ['tiv', { tiv: { order: -1 } }, 'tiv.order'],
    ['tiv', { tiv: { perUnit: 0.1234567 } }, 'tiv.perUnit'],
    ['tiv', { tiv: { delivered: 2e9 } }, 'tiv.delivered'],
    ['years', { deliveryYears: [99] }, 'deliveryYears'],
    ['delivered', { quantity: { min: 1, delivered: -2 } }, 'quantity.delivered'],
  ])('refuses bad %s with BAD_USER_INPUT naming the field, writing nothing', async (_what, extra, field) => {
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(editor, RECORD, { input: input({ designation: 'refused', ...extra }) });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await dumpDatabase(t.server)).toEqual(before);
  });
});

describe('figures in exports, and back in', () => {
  it('CSV has a column for each; claims.jsonl carries them into another database unchanged', async () => {
    const csv = await (await fetch(`${t.url}/export/transfers.csv?actor=russia`)).text();
    const [header, ...lines] = csv.trim().split('\n');
    for (const c of ['quantity_delivered', 'delivery_years', 'condition', 'uncertain', 'tiv_per_unit', 'tiv_order'])
      expect(header.split(',')).toContain(c);
    expect(lines.some((l) => l.includes('2024;2025;2026') && l.includes('SECOND_HAND_MODERNISED'))).toBe(true);

    const jsonl = await (await fetch(`${t.url}/export/claims.jsonl?actor=russia`)).text();
    const file = join(dir, 'claims.jsonl');
    writeFileSync(file, jsonl);
    const other = await startTestServer();
    try {
      await importFile(createContext(other.server.app, 'test', { name: 'importer', role: Role.ADMIN }), file);
      const read = async (s: TestServer) =>
        (await s.data(`{ transfers(first: 100, filter: { supplier: "russia" }) { edges { node { id ${FIGURES} } } } }`))
          .transfers.edges;
      const mine = await read(t);
      expect(mine.some((e: any) => e.node.tiv?.delivered === 2.4)).toBe(true);
      expect(await read(other)).toEqual(mine);
    } finally {
      await other.close();
    }
  });
});
