import { Role } from '../src/core/auth/role.enum';
import { ACCEPT, REJECT, draftOf } from './helpers/draft-fixtures';
import { WITH_GAZETTEER, dumpDatabase, makeKey, startTestServer, tableCounts } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Decisions on drafts under pressure: decisions racing for one draft, a citation offered to a
 * claim the draft does not speak of, refusals naming the correction at fault, and dates a draft
 * cannot resolve. (The plain review flow: draft-review.e2e.ts.)
 */
let t: TestServer;
let editor: string;
beforeAll(async () => {
  t = await startTestServer(WITH_GAZETTEER);
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
});
afterAll(() => t.close());

it('records one claim when decisions race for one draft: the others are refused, nothing is duplicated', async () => {
  const b = (
    await draftOf(t, editor, 'Belarus has delivered 30 T-72 tanks to Russia, officials said.', { title: 'Tanks' })
  ).draftClaims;
  const transfers = (await tableCounts(t.server)).transfer;
  const answers = await Promise.all([
    ...Array.from({ length: 4 }, () => t.gqlAs(editor, ACCEPT, { id: b.drafts[0].id })),
    t.gqlAs(editor, REJECT, { id: b.drafts[0].id, r: 'a duplicate' }),
  ]);
  const won = answers.filter((a) => !a.errors);
  expect(won).toHaveLength(1);
  for (const a of answers.filter((x) => x.errors))
    expect(a.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
  const [row] = await t.server.dataSource.query(
    `SELECT state, claim_id AS "claimId" FROM draft WHERE id = '${b.drafts[0].id}'`,
  );
  const accepted = won[0].data?.acceptDraft;
  expect((await tableCounts(t.server)).transfer).toBe(transfers + (accepted ? 1 : 0));
  expect(row.state).toBe(accepted ? 'ACCEPTED' : 'REJECTED');
  expect(row.claimId ?? null).toBe(accepted?.id ?? null);
});

it('accepts drafts that create their source while transfers of the same pair are recorded: all land, none deadlocks', async () => {
  // An acceptance is two writes in one transaction (its source, then its claim). On PostgreSQL
  // each write's change-feed number used to lock the feed at its end, before the claim's write
  // took the pair's lock, which a plain recordTransfer takes in the other order.
  await t.dataAs(editor, `mutation ($i: CreateSourceInput!) { createSource(input: $i) { id } }`, {
    i: { key: 'race-desk-note', title: 'Desk note', publisher: 'Race Desk', kind: 'OTHER' },
  });
  const drafts = [];
  for (let i = 0; i < 6; i++)
    drafts.push(
      (
        await draftOf(t, editor, `Belarus has delivered ${20 + i} BTR-82 vehicles to Russia, officials said.`, {
          title: `Race ${i}`,
        })
      ).draftClaims.drafts[0].id,
    );
  const record = (i: number) =>
    t.gqlAs(editor, `mutation ($i: RecordTransferInput!) { recordTransfer(input: $i) { id } }`, {
      i: {
        supplier: 'belarus',
        recipient: 'russia',
        category: 'ARMOURED_VEHICLES',
        item: `race vehicles ${i}`,
        status: 'DELIVERED',
        citations: [{ source: 'race-desk-note', quote: `race vehicles ${i}` }],
      },
    });
  const answers = await Promise.all(drafts.flatMap((id, i) => [t.gqlAs(editor, ACCEPT, { id }), record(i)]));
  expect(answers.filter((a) => a.errors).map((a) => a.errors)).toEqual([]);
  const numbers = (await t.server.dataSource.query('SELECT seq FROM change_log ORDER BY seq')).map((r: any) =>
    Number(r.seq),
  );
  expect(numbers).toEqual(numbers.map((_n: number, i: number) => i + 1));
});

it('adds a citation only to the claim the draft speaks of', async () => {
  const b = (await draftOf(t, editor, 'China has denied supplying drones to Russia.', { title: 'Denial' })).draftClaims;
  const recognition = (await t.data(`{ recognitions(first: 1) { edges { node { id } } } }`)).recognitions.edges[0].node
    .id;
  const before = await dumpDatabase(t.server);
  const res = await t.gqlAs(editor, ACCEPT, { id: b.drafts[0].id, c: { claim: recognition } });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'corrections.claim' });
  expect(res.errors?.[0].message).toMatch(/it is a recognition, the draft a transfer/);
  expect(await dumpDatabase(t.server)).toEqual(before);
});

it('names the correction at fault when the checks of recordTransfer refuse an acceptance', async () => {
  const b = (await draftOf(t, editor, 'Iran has supplied drones to Russia, officials said.', { title: 'Fields' }))
    .draftClaims;
  const before = await dumpDatabase(t.server);
  for (const [c, field] of [
    [{ quote: 'Iran supplied nothing at all.' }, 'corrections.quote'],
    [{ item: '' }, 'corrections.item'],
    [{ quantity: { min: 5, max: 2 } }, 'corrections.quantity.max'],
  ] as const) {
    const res = await t.gqlAs(editor, ACCEPT, { id: b.drafts[0].id, c });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  expect(await dumpDatabase(t.server)).toEqual(before);
});

it('leaves out relative dates with no publication date, and looks back from one', async () => {
  const text = 'Iran sent drones to Russia last week. North Korea shipped shells to Russia on Friday.';
  const none = (await draftOf(t, editor, text, { publishedOn: null })).draftClaims;
  expect(none.drafts.map((d: any) => d.period)).toEqual([null, null]);
  expect(
    none.drafts[0].reasons.some((r: any) => r.role === 'DATE' && /last week \(no publication date/.test(r.text)),
  ).toBe(true);
  // another text: the same one would give the batch drafted above
  const dated = (await draftOf(t, editor, `${text}\n\nOfficials confirmed both.`, { publishedOn: '2024-03-06' }))
    .draftClaims;
  expect(dated.drafts.map((d: any) => d.period)).toEqual([
    { start: '2024-02-26', end: '2024-03-03' },
    { start: '2024-03-01', end: null },
  ]);
});
