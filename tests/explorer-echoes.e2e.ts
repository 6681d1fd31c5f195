/// <reference lib="dom" />
import 'reflect-metadata';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { buildExplorer } from '../src/tools/explorer/explorer-build';
import { KIRBY, WIRE, echoWriter, edited } from './helpers/echo-fixtures';
import { ExplorerBrowser, evidenceShown } from './helpers/explorer-browser';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The explorer's evidence panel shows the echo group behind a voice count: in Debian's Chromium,
 * against the real server, three copies of one wire story counted as one voice.
 */
const OUTPUT = join(__dirname, '..', 'test-output');

describe('the explorer shows the echoes behind a voice count', () => {
  let t: TestServer;
  let editor: string;
  const browser = new ExplorerBrowser(() => t.url);

  beforeAll(async () => {
    await buildExplorer();
    t = await startTestServer();
    editor = await makeKey(t.server, 'editor', Role.EDITOR);
    const w = echoWriter(
      () => t,
      () => editor,
    );
    await w.actors();
    await w.source('wire', 'Meridian Press', '2022-10-20', WIRE);
    await w.source('daily-x', 'The Daily X', '2022-10-21', edited(7));
    await w.transfer('drones', [
      { source: 'wire', quote: KIRBY },
      { source: 'daily-x', quote: KIRBY },
    ]);
    await browser.launch();
  }, 120_000);

  afterAll(async () => {
    await browser.close();
    await t?.close();
  });

  test('the panel names the copy, its share of text, and that it is suspected', async () => {
    const page = await browser.open('/?centre=echoland');
    await page.locator('button[data-edge="SUPPLY:echoland>copyland"]').click();
    await evidenceShown(page, 'SUPPLY:echoland>copyland');
    const panel = page.locator('#evidence');
    const text = await panel.innerText();
    expect(text).toMatch(/Independent voices\s+1/);
    const echoes = panel.locator('.echoes');
    expect(await echoes.locator('.echoes-title').innerText()).toBe('Counted as one voice — echoes found in the texts:');
    expect(await echoes.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^The Daily X shares \d+% of its text with Meridian Press \(suspected\)$/),
    ]);
    await page.screenshot({ path: join(OUTPUT, 'explorer-echoes.png'), fullPage: false });
    expect(browser.problems).toEqual([]);
  });
});
