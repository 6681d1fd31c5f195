import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/core/config/config';
import { ARGUMENT, LENGTH, NETWORK, OPERATION, PAGE, count } from '../src/core/config/limits';
import { MIN_QUOTE_WORDS } from '../src/domain/echoes/quote-echoes';
import {
  BANDS,
  ECHO_THRESHOLD,
  MIN_ESTIMATE,
  MIN_SHINGLES,
  ROWS,
  SHINGLE_WORDS,
} from '../src/domain/echoes/fingerprint';

const words = (n: number) => ['zero', 'one', 'two', 'three', 'four', 'five', 'six'][n];

/**
 * The manual states the limits that src/core/config/limits.ts holds: these checks fail when one
 * changes without the other.
 */
const doc = (name: string) => readFileSync(join(__dirname, '..', 'docs', name), 'utf8');

describe('the documented limits are the constants', () => {
  it('the length table of docs/writing-and-history.md lists every LENGTH, in order', () => {
    const table = doc('writing-and-history.md').split('| text | at most, in characters |')[1];
    const numbers = [...table.matchAll(/^\| [^|]+ \| ([0-9,]+) \|$/gm)].map((m) => m[1]);
    expect(numbers).toEqual(Object.values(LENGTH).map(count));
  });

  it('docs/api.md gives the page sizes', () => {
    expect(doc('api.md')).toContain(`\`first\` defaults to ${PAGE.defaultSize} and may be at most ${PAGE.maxSize}`);
  });

  it('docs/operations-and-security.md gives the configuration defaults, which are the constants', () => {
    const config = loadConfig({});
    expect(config.maxPageSize).toBe(PAGE.maxSize);
    expect(config.defaultPageSize).toBe(PAGE.defaultSize);
    expect(config.limits).toEqual(OPERATION);
    const ops = doc('operations-and-security.md');
    expect(ops).toContain(`| \`SUPPLYLINE_MAX_PAGE_SIZE\` | \`${PAGE.maxSize}\` |`);
    const o = OPERATION;
    const defaults = [o.maxDepth, o.maxAliases, o.maxDirectives, o.maxFields, o.maxTokens, o.maxCost].join(', ');
    expect(ops).toContain(`| ${defaults} |`);
  });

  it('docs/operations-and-security.md gives the argument sizes', () => {
    const ops = doc('operations-and-security.md');
    expect(ops).toContain(`| ${count(ARGUMENT.maxListItems)} | — (\`ARGUMENT.maxListItems\`) |`);
    expect(ops).toContain(`| ${count(ARGUMENT.maxQueryString)} | — (\`ARGUMENT.maxQueryString\`) |`);
  });

  it('docs/analysis.md gives the network caps', () => {
    const analysis = doc('analysis.md');
    expect(analysis).toContain(`(at most ${count(NETWORK.maxNodes)})`);
    expect(analysis).toContain(`at most ${NETWORK.maxChains})`);
  });
});

describe('the documented echo auditor is the code', () => {
  it('docs/evidence-model.md gives its numbers', () => {
    const model = doc('evidence-model.md');
    expect(model).toContain(
      `at least **${ECHO_THRESHOLD * 100}%** of the shorter text's runs of ${words(SHINGLE_WORDS)} words`,
    );
    expect(model).toContain(`a citation's quote of at least **${MIN_QUOTE_WORDS} words**`);
    expect(model).toContain(`(fewer than ${MIN_SHINGLES} ${words(SHINGLE_WORDS)}-word runs)`);
    expect(model).toContain(`a MinHash signature of ${BANDS * ROWS} hashes over its`);
    expect(model).toContain(`cut into ${BANDS} bands of ${ROWS}`);
    expect(model).toContain(`(an estimated resemblance of at least ${MIN_ESTIMATE})`);
  });
});
