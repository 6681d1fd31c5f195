import { Role } from '../src/core/auth/role.enum';
import { GUARDIAN_TEXT, GUARDIAN_TITLE } from '../src/tools/seed/guardian-article';
import { SEED_RECOGNITIONS, SEED_TRANSFERS } from '../src/tools/seed/seed-claims';
import { DRAFT, DRAFT_FIELDS, WIRE_REPORT, draftOf } from './helpers/draft-fixtures';
import { WITH_GAZETTEER, dumpDatabase, makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * Drafting claims from text, end to end over HTTP: the seed article's claims found with the
 * statuses the seed records, offsets into the stored text, one batch per text, and bad input
 * refused with nothing written. (Accepting and rejecting: draft-review.e2e.ts.)
 */
let t: TestServer;
let editor: string;
let reader: string;
let seed: any;
beforeAll(async () => {
  t = await startTestServer(WITH_GAZETTEER);
  editor = await makeKey(t.server, 'editor', Role.EDITOR);
  reader = await makeKey(t.server, 'reader', Role.READER);
  seed = (
    await t.dataAs(editor, DRAFT, {
      i: { text: GUARDIAN_TEXT, title: GUARDIAN_TITLE, publisher: 'The Guardian', publishedOn: '2022-09-06' },
    })
  ).draftClaims;
});
afterAll(() => t.close());

const key = (m: any) => m?.actor?.key ?? null;

describe('drafting the seed article', () => {
  it('drafts every transfer the seed records, with its status, category and designation', () => {
    for (const s of SEED_TRANSFERS) {
      const hit = seed.drafts.find(
        (d: any) =>
          d.kind === 'TRANSFER' &&
          key(d.supplier) === s.supplier &&
          key(d.recipient) === s.recipient &&
          d.category === s.category &&
          d.status === s.status &&
          (d.designation ?? null) === (s.designation ?? null),
      );
      expect([s.supplier, s.recipient, s.designation, hit ? 'found' : 'missing']).toEqual([
        s.supplier,
        s.recipient,
        s.designation,
        'found',
      ]);
    }
  });

  it('drafts every recognition the seed records, with its date where the text gives one', () => {
    for (const s of SEED_RECOGNITIONS) {
      const hit = seed.drafts.find(
        (d: any) =>
          d.kind === 'RECOGNITION' && key(d.recognizer) === s.recognizer && key(d.recognized) === s.recognized,
      );
      expect(hit).toBeDefined();
      expect(hit.status).toBe(s.status);
      expect(hit.period?.start ?? null).toBe(s.date ?? null);
    }
  });

  it('keeps the wording: quantities, relative dates resolved against the publication date, voices and relays', () => {
    const shells = seed.drafts.find(
      (d: any) => d.category === 'AMMUNITION' && key(d.recipient) === 'russian-ministry-of-defence',
    );
    expect(shells).toMatchObject({
      item: 'rockets and artillery shells',
      quantity: { min: 1_000_000, max: null, text: 'millions' },
      stance: 'SUPPORTS',
      voice: { text: 'a newly downgraded US intelligence finding', actor: { key: 'us-intelligence-community' } },
    });
    expect(shells.chain.map((c: any) => c.text)).toEqual(['the New York Times']);
    expect(shells.reasons[0]).toMatchObject({
      role: 'VERB',
      text: 'in the process of buying',
      note: 'in the process of {ing} → IN_PROGRESS',
    });
    const august = seed.drafts.find((d: any) => d.category === 'UAV' && d.period?.start);
    expect(august.period).toEqual({ start: '2022-08', end: null });
    const equipment = seed.drafts.find((d: any) => d.category === 'OTHER_MATERIEL');
    expect(equipment).toMatchObject({ status: 'PROPOSED', credibility: 3, item: 'additional military equipment' });
    expect(equipment.chain.map((c: any) => c.text)).toEqual(['the New York Times']);
  });

  it('gives offsets into the stored text: every quote, mention and reason is the text at its offsets', () => {
    expect(seed.text).toBe(GUARDIAN_TEXT);
    for (const d of seed.drafts) {
      expect(seed.text.slice(d.quoteStart, d.quoteEnd)).toBe(d.quote);
      for (const m of [d.supplier, d.recipient, d.recognizer, d.recognized, d.voice, ...d.chain].filter(Boolean))
        expect(seed.text.slice(m.start, m.end)).toBe(m.text);
      for (const r of d.reasons.filter((r: any) => r.end > r.start))
        expect(seed.text.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('gives the same batch for the same text, writing nothing the second time', async () => {
    const before = await dumpDatabase(t.server);
    const again = await t.dataAs(editor, DRAFT, { i: { text: GUARDIAN_TEXT, title: 'Another title' } });
    expect(again.draftClaims.id).toBe(seed.id);
    expect(again.draftClaims.drafts.map((d: any) => d.id)).toEqual(seed.drafts.map((d: any) => d.id));
    expect(await dumpDatabase(t.server)).toEqual(before);
    const [{ n }] = await t.server.dataSource.query(
      `SELECT COUNT(*) AS n FROM history_entry WHERE operation = 'draftClaims'`,
    );
    expect(Number(n)).toBe(1);
    expect(seed.createdBy).toBe('editor');
  });
});

describe('what drafting reads', () => {
  it('turns HTML into its text (scripts dropped) and drafts from that', async () => {
    const html = `<!doctype html><html><head><title>x</title><script>document.write("Iran sent tanks to Syria")</script></head>
<body><article><h1>Drones for Moscow</h1><p>Iran has sent <b>drones</b> to <a href="https://example.org/ru">Russia</a>, officials said.</p></article></body></html>`;
    const b = (await draftOf(t, editor, html)).draftClaims;
    expect(b.fromHtml).toBe(true);
    expect(b.text).not.toMatch(/[<>]|document\.write/);
    expect(b.text).toContain('Iran has sent drones to Russia, officials said.');
    expect(b.drafts).toEqual([
      expect.objectContaining({
        category: 'UAV',
        status: 'DELIVERED',
        supplier: expect.objectContaining({ actor: { key: 'iran' } }),
      }),
    ]);
    expect(b.drafts[0].recipient.actor.key).toBe('russia');
  });

  it('drafts a wire report: a quantity in words, a relay, a date of speech that is not the transfer’s', async () => {
    const b = (await draftOf(t, editor, WIRE_REPORT)).draftClaims;
    expect(b.drafts).toHaveLength(1);
    expect(b.drafts[0]).toMatchObject({
      designation: 'Shahed-136',
      quantity: { min: 18, max: null, text: 'at least 18' },
      status: 'DELIVERED',
      period: null,
      voice: { text: 'two officials', actor: null },
    });
    expect(b.drafts[0].chain.map((c: any) => c.text)).toEqual(['the Levant Ledger']);
  });

  it('names a party the knowledge base does not know in the text’s words, with no actor', async () => {
    const b = (await draftOf(t, editor, 'Syria sent rifles to the Zeta Brigade last week, the monitor said.'))
      .draftClaims;
    expect(b.drafts[0].recipient).toMatchObject({ text: 'Zeta Brigade', actor: null });
    expect(b.drafts[0].period).toEqual({ start: '2023-02-27', end: '2023-03-05' });
  });

  it('does not draft claims that are merely mentioned: questions, conditions, warnings', async () => {
    const text = [
      'Will Iran send missiles to Russia?',
      'If Iran were to supply missiles to Russia, it would face new sanctions.',
      'The United States warned Iran against supplying missiles to Russia.',
    ].join('\n\n');
    expect((await draftOf(t, editor, text)).draftClaims.drafts).toEqual([]);
  });

  it('drafts a denial as DISPUTES', async () => {
    const b = (
      await draftOf(t, editor, 'Tehran has denied accusations of supplying drones to Russia for use in Ukraine.')
    ).draftClaims;
    expect(b.drafts).toEqual([expect.objectContaining({ stance: 'DISPUTES', category: 'UAV', status: 'DELIVERED' })]);
    expect(b.drafts[0].supplier).toMatchObject({ text: 'Tehran', actor: { key: 'iran' } });
  });
});

describe('bad input is refused, and nothing is written', () => {
  const refused = async (
    variables: Record<string, unknown>,
    code: string,
    field: string | undefined,
    secret = editor,
  ) => {
    const before = await dumpDatabase(t.server);
    const res = await t.gqlAs(secret, DRAFT, variables);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0].extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await dumpDatabase(t.server)).toEqual(before);
    return res.errors![0].message;
  };

  it.each<[string, string]>([
    ['empty', ''],
    ['blank', '  \n\t '],
    ['NUL', 'Iran sent drones\u0000 to Russia.'],
  ])('refuses %s text', async (_name, text) => {
    await refused({ i: { text } }, 'BAD_USER_INPUT', 'input.text');
  });

  it('refuses text over 1,000,000 characters', async () => {
    const message = await refused({ i: { text: 'a '.repeat(500_001) } }, 'BAD_USER_INPUT', 'input.text');
    expect(message).toMatch(/1,000,000/);
  });

  it('refuses another language, naming it', async () => {
    const german =
      'Die russische Armee hat im August Drohnen aus dem Iran erhalten, sagte ein Sprecher des Verteidigungsministeriums am Montag in Berlin vor Journalisten und Diplomaten.';
    expect(await refused({ i: { text: german } }, 'BAD_USER_INPUT', 'input.text')).toMatch(/German/);
    const russian =
      'Российская армия получила иранские беспилотники в августе, заявил в понедельник представитель министерства обороны журналистам и дипломатам из многих стран мира.';
    expect(await refused({ i: { text: russian } }, 'BAD_USER_INPUT', 'input.text')).toMatch(/Russian/);
  });

  it('refuses HTML with no text, a bad URL and a bad date', async () => {
    await refused({ i: { text: '<html><body><script>x()</script></body></html>' } }, 'BAD_USER_INPUT', 'input.text');
    await refused({ i: { text: 'Iran sent drones to Russia.', url: 'ftp://x.org/a' } }, 'BAD_USER_INPUT', 'input.url');
    await refused({ i: { text: 'Iran sent drones to Russia.', publishedOn: '2022-13' } }, 'BAD_USER_INPUT', undefined);
  });

  it('needs an EDITOR key, to draft and to read drafts', async () => {
    await refused({ i: { text: 'Iran sent drones to Russia.' } }, 'FORBIDDEN', undefined, reader);
    const anonymous = await t.gql(`{ drafts(first: 1) { totalCount } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asReader = await t.gqlAs(reader, `{ draftBatch(id: "${seed.id}") { id } }`);
    expect(asReader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('drafts and the public record', () => {
  it('drafting the same text at once from many requests gives one batch', async () => {
    const text = 'Syria has delivered 12 howitzers to Russia, officials said on Friday.';
    const ids = await Promise.all(
      Array.from({ length: 6 }, () => draftOf(t, editor, text).then((d: any) => d.draftClaims.id)),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps drafts and their history out of the public full dump', async () => {
    const dump = await (await fetch(`${t.url}/export/dump.json`)).text();
    expect(dump).not.toMatch(/draft_batch|draftClaims|"draft"/);
    expect(dump).toContain('"history_entry"');
  });
});

describe('listing drafts', () => {
  it('pages through drafts by batch and state, in text order, with no overlap', async () => {
    const all = await t.dataAs(
      editor,
      `query($b: ID) { drafts(filter: { batch: $b }, first: 100) { totalCount edges { node { id } } } }`,
      { b: seed.id },
    );
    expect(all.drafts.totalCount).toBe(seed.drafts.length);
    expect(all.drafts.edges.map((e: any) => e.node.id)).toEqual(seed.drafts.map((d: any) => d.id));
    const page = `query($b: ID, $after: String) { drafts(filter: { batch: $b, state: PENDING }, first: 5, after: $after) {
      edges { node { id state } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = (await t.dataAs(editor, page, { b: seed.id, after })).drafts;
      seen.push(...p.edges.map((e: any) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(seed.drafts.map((d: any) => d.id));
    const batch = await t.dataAs(editor, `query($id: ID!) { draftBatch(id: $id) { id drafts { ${DRAFT_FIELDS} } } }`, {
      id: seed.id,
    });
    expect(batch.draftBatch.drafts).toEqual(seed.drafts);
  });
});
