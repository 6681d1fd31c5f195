import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** One rule axe-core found broken, with the first few elements that break it. */
export interface AxeViolation {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  /** CSS selectors (axe's `target`) of the first 5 offending elements. */
  targets: string[];
}

/** The WCAG 2.0 and 2.1 rules of levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

declare global {
  interface Window {
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> };
  }
}

let source: string | undefined;

/** Resolves once the page's DOM has not changed for `quietMs` (or after `maxMs` whatever it does). */
const settled = (page: Page, quietMs = 200, maxMs = 3000) =>
  page.evaluate(
    ([quiet, max]) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(() => done(), quiet);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(() => done(), quiet);
        });
        const cap = setTimeout(() => done(), max);
        const done = () => {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          resolve();
        };
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    [quietMs, maxMs] as const,
  );

/**
 * Runs axe-core in `page` (whole document, or `include` minus `exclude`, as CSS selectors) on the
 * WCAG 2.x A/AA rules and returns its serious and critical violations. axe's script goes in
 * through the DevTools protocol (`page.evaluate` of its text), not as a <script>: the pages'
 * Content-Security-Policy (`script-src 'self'`) refuses inline scripts, `addScriptTag` included.
 * It waits for the DOM to be still first, and runs axe again once if it throws: axe fails on
 * nodes removed while it runs (an editor still highlighting an answer).
 */
export async function axeViolations(
  page: Page,
  options: { include?: string; exclude?: string[] } = {},
): Promise<AxeViolation[]> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(source);
  const context = {
    include: [[options.include ?? 'html']],
    exclude: (options.exclude ?? []).map((s) => [s]),
  };
  const run = () =>
    page.evaluate(
      async ([ctx, tags]) => {
        const result = await window.axe!.run(ctx, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
        }));
      },
      [context, WCAG_TAGS] as const,
    );
  await settled(page);
  const violations = await run().catch(async () => (await settled(page), run()));
  return violations.filter((v): v is AxeViolation => v.impact === 'serious' || v.impact === 'critical');
}

/** The violations one per paragraph, for a test's failure message (empty when there are none). */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.targets.map((t) => `  at ${t}`)].join('\n'))
    .join('\n');
}
