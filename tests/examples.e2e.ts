import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer, WITH_GAZETTEER } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The documented example answers cannot go stale: every examples/*.graphql runs against the seed
 * and must give exactly the JSON that README.md or a page of docs/ shows after
 * `<!-- answer: <name> -->`, and each answer is shown exactly once across them.
 * Lists are compared in order: ids increase with creation time, so ties in the API's orderings
 * are broken the same way in every freshly seeded database.
 */
const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const DOC_FILES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const DOCS: Record<string, string> = Object.fromEntries(DOC_FILES.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]));
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.graphql'));
/** Every answer the docs must show: one per examples/*.graphql, and the recorded transfer. */
const ANSWER_NAMES = [...EXAMPLES.map((f) => f.replace(/\.graphql$/, '')), 'record-transfer'];

function answerBlocks(name: string): { file: string; json: string }[] {
  const re = new RegExp(`<!-- answer: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``, 'g');
  return DOC_FILES.flatMap((file) => [...DOCS[file].matchAll(re)].map((m) => ({ file, json: m[1] })));
}

/** The file (README.md or docs/….md) that shows the answer of this name: it must be exactly one. */
function answerFile(name: string): string {
  const blocks = answerBlocks(name);
  if (blocks.length === 0) throw new Error(`neither README.md nor docs/ shows an answer for ${name}`);
  if (blocks.length > 1) {
    throw new Error(`the answer for ${name} is shown ${blocks.length} times: ${blocks.map((b) => b.file).join(', ')}`);
  }
  return blocks[0].file;
}

function docAnswer(name: string): unknown {
  answerFile(name);
  return JSON.parse(answerBlocks(name)[0].json);
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer(WITH_GAZETTEER);
});
afterAll(() => t.close());

describe('documented examples', () => {
  it('the recorded transfer of "Writing" gives the answer the docs show, with the curl line they show', async () => {
    expect(DOCS[answerFile('record-transfer')]).toContain(
      '-H "authorization: Bearer $KEY" --data @examples/record-transfer.json',
    );
    // On a server of its own: the write would change the answers of the read examples.
    const own = await startTestServer(WITH_GAZETTEER);
    try {
      const secret = await makeKey(own.server, 'alice', Role.EDITOR);
      const request = JSON.parse(readFileSync(join(ROOT, 'examples', 'record-transfer.json'), 'utf8'));
      const res = await own.gqlAs(secret, request.query, request.variables);
      expect(res.errors).toBeUndefined();
      expect({ data: res.data }).toEqual(docAnswer('record-transfer'));
    } finally {
      await own.close();
    }
  });

  it('there are at least three, and README.md or a page of docs/ links each one', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    for (const file of EXAMPLES) {
      const linked = DOC_FILES.filter((f) => {
        const target = f === 'README.md' ? `examples/${file}` : `../examples/${file}`;
        return DOCS[f].includes(`](${target})`);
      });
      expect({ file, linkedFrom: linked.length > 0 }).toEqual({ file, linkedFrom: true });
    }
  });

  it('shows each answer exactly once across README.md and docs/, and no answer without an example', () => {
    const counts = Object.fromEntries(ANSWER_NAMES.map((name) => [name, answerBlocks(name).length]));
    expect(counts).toEqual(Object.fromEntries(ANSWER_NAMES.map((name) => [name, 1])));
    const shown = DOC_FILES.flatMap((f) => [...DOCS[f].matchAll(/<!-- answer: ([\w-]+) -->/g)].map((m) => m[1]));
    expect(shown.sort()).toEqual([...ANSWER_NAMES].sort());
  });

  it('README.md stays an entrance of at most 300 lines, and the docs refer to nothing outside the repository', () => {
    expect(README.replace(/\n$/, '').split('\n').length).toBeLessThanOrEqual(300);
    for (const file of DOC_FILES) {
      const outside = DOCS[file].match(/DESIGN\.md|STACK\.md|CONVENTIONS\.md|\.\.\/shared/g) ?? [];
      expect({ file, outside }).toEqual({ file, outside: [] });
    }
  });

  it.each(EXAMPLES)('%s gives the answer the docs show', async (file) => {
    const query = readFileSync(join(ROOT, 'examples', file), 'utf8');
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    expect({ data: res.data }).toEqual(docAnswer(file.replace(/\.graphql$/, '')));
  });
});
