import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Set by the page (explorer/main.ts). */
    supplylineExplorer?: { cy: Core };
  }
}

export const CHROMIUM = '/usr/bin/chromium';

/** One request a page made, as the browser sent it. */
export interface SeenRequest {
  url: string;
  method: string;
  contentType?: string;
  /** The Authorization header it sent, if any (the draft page sends its editor key there). */
  authorization?: string;
  body: string | null;
}

/**
 * Debian's Chromium driven by playwright-core, for the explorer's browser tests: opens pages of
 * the server at `baseUrl`, records every request they make and every console or page error, and
 * reads what the page drew. Chromium is required (CI installs it): without it, launch fails.
 */
export class ExplorerBrowser {
  readonly requests: SeenRequest[] = [];
  readonly problems: string[] = [];
  private browser?: Browser;

  constructor(private readonly baseUrl: () => string) {}

  async launch(): Promise<void> {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium (.ci/run installs it)`);
    }
    this.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }

  async close(): Promise<void> {
    await this.browser?.close();
  }

  async open(path: string, viewport = { width: 1440, height: 1080 }): Promise<Page> {
    const p = await this.browser!.newPage({ viewport });
    p.on('request', (r) =>
      this.requests.push({
        url: r.url(),
        method: r.method(),
        contentType: r.headers()['content-type'],
        authorization: r.headers()['authorization'],
        body: r.postData(),
      }),
    );
    p.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console: ${m.text()}`);
    });
    p.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    await p.goto(`${this.baseUrl()}${path}`);
    await drawn(p, 0);
    return p;
  }
}

/** Waits until the page has drawn more views than `before` and is not loading. */
export const drawn = (p: Page, before: number) =>
  p.waitForFunction((n) => document.body.dataset.busy === 'false' && Number(document.body.dataset.loads) > n, before);

export const loads = (p: Page) => p.evaluate(() => Number(document.body.dataset.loads));

export const nodeLabels = (p: Page) =>
  p.evaluate(() =>
    window
      .supplylineExplorer!.cy.nodes()
      .map((n) => String(n.data('label')))
      .sort(),
  );

export const edgeIds = (p: Page) =>
  p.evaluate(() =>
    window
      .supplylineExplorer!.cy.edges()
      .map((e) => e.id())
      .sort(),
  );

export const evidenceShown = (p: Page, id: string) =>
  p.waitForSelector(`#evidence[data-showing="${id}"][aria-busy="false"]`);
