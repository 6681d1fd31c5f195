import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODES } from '../src/core/errors/error-codes';
import { cycles, groupGraph, importGraph } from './helpers/import-graph';

/**
 * The shape of the code, checked on every run (docs/architecture.md explains it): no import cycle
 * between files or between folders, every import pointing down the layer order below, the
 * browser code apart from the server's, and small files.
 */
const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

/**
 * Folders of src/ (at most two levels deep), lowest first. A file may import from its own folder
 * and from folders before it, never from one after it. `domain` is the files directly in
 * src/domain: the domain assembled (entities, write pipeline, context, database).
 */
const ORDER = [
  // core: what everything may use
  'core/errors',
  'core/config',
  'core/util',
  'core/logger',
  'core/auth',
  'core/graphql',
  'core/db',
  'core/context',
  // domain: one folder per feature, in dependency order
  'domain/evidence',
  'domain/history',
  'domain/actors',
  'domain/gazetteer',
  'domain/sources',
  'domain/echoes',
  'domain/claims',
  'domain/network',
  'domain/search',
  'domain/drafts',
  'domain/access',
  'domain/changes',
  'domain/nodes',
  'domain',
  // tools: what the command-line tools do
  'tools/explorer',
  'tools/exports',
  'tools/imports',
  'tools/seed',
  'tools/synthetic',
  'tools/ops',
  'tools/bench',
  'tools/cli',
  // app: the server's wiring
  'app/telemetry',
  'app/graphql',
  'app/http',
  'app',
];

/** A file's folder, at most two levels below src/. */
const folderOf = (file: string): string => {
  const parts = file.split('/').slice(0, -1);
  return parts.slice(0, 2).join('/') || '.';
};

const graph = importGraph(SRC);

describe('the import graph helpers', () => {
  it('find a cycle of two, a self-import, and none in a chain', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['a']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b']]);
    expect(cycles(new Map([['a', ['a']]]))).toEqual([['a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('read the imports of src/ (the graph is not empty, and knows a known edge)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('domain/write-pipeline.ts')).toContain('domain/history/history.service.ts');
  });
});

describe('architecture', () => {
  it('has no import cycle between files', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    expect(cycles(groupGraph(graph, folderOf))).toEqual([]);
  });

  it('puts every folder of src/ in the layer order', () => {
    const unknown = [...new Set([...graph.keys()].map(folderOf))].filter((f) => !ORDER.includes(f));
    expect(unknown).toEqual([]);
  });

  it('has every import point down the layer order', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        if (ORDER.indexOf(folderOf(target)) > ORDER.indexOf(folderOf(file))) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps the explorer (browser code) apart: it imports only itself and the pure enum labels', () => {
    const explorer = importGraph(join(ROOT, 'explorer'));
    expect(explorer.size).toBeGreaterThan(5);
    const source = (file: string) => readFileSync(join(ROOT, 'explorer', file), 'utf8');
    // Pages in subfolders (explorer/draft/) may import the explorer's own modules ('../dom').
    const outside = [...explorer.keys()].flatMap((file) =>
      [...source(file).matchAll(/from '(\.\.\/[^']+)'/g)]
        .map((m) => relative(ROOT, join(ROOT, 'explorer', file, '..', m[1])))
        .filter((target) => !target.startsWith('explorer/') && target !== 'src/core/util/enum-labels'),
    );
    expect(outside).toEqual([]);
  });

  it('keeps every file under 300 lines', () => {
    const tooLong = ['src', 'explorer', 'migrations', 'tests'].flatMap((dir) =>
      walk(join(ROOT, dir))
        .filter((f) => readFileSync(f, 'utf8').split('\n').length > 301)
        .map((f) => relative(ROOT, f)),
    );
    expect(tooLong).toEqual([]);
  });

  it('has no code comment sending the reader to a document outside the repository', () => {
    const outside = ['src', 'explorer', 'migrations', 'tests'].flatMap((dir) =>
      walk(join(ROOT, dir))
        .filter((f) => !f.endsWith('architecture.spec.ts') && !f.endsWith('examples.e2e.ts'))
        .filter((f) => /DESIGN\.md|STACK\.md|CONVENTIONS\.md|\.\.\/shared\//.test(readFileSync(f, 'utf8')))
        .map((f) => relative(ROOT, f)),
    );
    expect(outside).toEqual([]);
  });
});

describe('the one list of error codes', () => {
  it('is the table of docs/api.md, code for code and word for word', () => {
    const rows = [...readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8').matchAll(/^\| `([A-Z_]+)` \| (.*) \|$/gm)];
    expect(Object.fromEntries(rows.map((m) => [m[1], m[2]]))).toEqual(ERROR_CODES);
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : walk(path);
    return /\.(ts|js|css)$/.test(e.name) ? [path] : [];
  });
}
