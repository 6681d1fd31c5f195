import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '../src/core/auth/role.enum';
import { makeKey, startTestServer } from './helpers/test-server';
import type { TestServer } from './helpers/test-server';

/**
 * The README's example answers cannot go stale: every examples/*.graphql runs against the seed
 * and must give exactly the JSON the README shows after `<!-- answer: <name> -->`.
 * Lists are compared in order: ids increase with creation time, so ties in the API's orderings
 * are broken the same way in every freshly seeded database.
 */
const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.graphql'));

function readmeAnswer(name: string): unknown {
  const m = new RegExp(`<!-- answer: ${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!m) throw new Error(`README.md shows no answer for examples/${name}.graphql`);
  return JSON.parse(m[1]);
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

describe('README examples', () => {
  it('the recorded transfer of "Writing" gives the answer the README shows, with the curl line it shows', async () => {
    expect(README).toContain('-H "authorization: Bearer $KEY" --data @examples/record-transfer.json');
    // On a server of its own: the write would change the answers of the read examples.
    const own = await startTestServer();
    try {
      const secret = await makeKey(own.server, 'alice', Role.EDITOR);
      const request = JSON.parse(readFileSync(join(ROOT, 'examples', 'record-transfer.json'), 'utf8'));
      const res = await own.gqlAs(secret, request.query, request.variables);
      expect(res.errors).toBeUndefined();
      expect({ data: res.data }).toEqual(readmeAnswer('record-transfer'));
    } finally {
      await own.close();
    }
  });

  it('there are at least three, and the README links each one', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(3);
    for (const file of EXAMPLES) expect(README).toContain(`examples/${file}`);
  });

  it.each(EXAMPLES)('%s gives the answer the README shows', async (file) => {
    const query = readFileSync(join(ROOT, 'examples', file), 'utf8');
    const res = await t.gql(query);
    expect(res.errors).toBeUndefined();
    expect({ data: res.data }).toEqual(readmeAnswer(file.replace(/\.graphql$/, '')));
  });
});
