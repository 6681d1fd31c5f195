import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lightlyEdited } from '../../src/tools/bench/echo-variants';
import type { TestServer } from './test-server';

/**
 * Texts and writers for the independence auditor's suites. The texts are the hand-written
 * reports of tests/fixtures/echoes (three independent reports per event); copies are made from
 * them the way outlets re-run wire stories (src/tools/bench/echo-variants.ts).
 */
export const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'echoes', name), 'utf8');
export const WIRE = fixture('01-iran-drones-meridian.txt');
export const LEDGER = fixture('02-iran-drones-ledger.txt');
export const ATLAS = fixture('03-iran-drones-atlas.txt');
/** A sentence of the wire story that every copy keeps (the edits below leave its paragraph alone). */
export const KIRBY =
  '“Tehran is now directly engaged on the ground, not just shipping weapons that are killing Ukrainian civilians,” Kirby said.';

/** The wire story lightly edited by a sub-editor, its quote paragraph kept as sent. */
export const edited = (seed: number) =>
  lightlyEdited(WIRE, 0.04, seed)
    .split('\n\n')
    .map((p) => (p.startsWith('“Tehran') || p.startsWith('Tehran') ? KIRBY : p))
    .join('\n\n');

export const ASSESSMENT = `assessment { verdict independentVoices explanation voices { name }
  suspectedEchoes { copy { key } original { key } similarity basis status } }`;

/**
 * Writes over HTTP as an editor: sources, and transfers from echoland to copyland. Takes the
 * server and the key as getters, so a suite can make its writer before beforeAll starts them.
 */
export function echoWriter(server: () => TestServer, editor: () => string) {
  const edit = <T = any>(q: string, v?: Record<string, unknown>) => server().dataAs<T>(editor(), q, v);
  return {
    edit,
    async actors() {
      for (const key of ['echoland', 'copyland'])
        await edit(`mutation { createActor(input: { key: "${key}", name: "${key}", kind: STATE }) { key } }`);
    },
    async source(key: string, publisher: string, publishedOn: string, text: string | null) {
      await edit(`mutation($input: CreateSourceInput!) { createSource(input: $input) { key } }`, {
        input: { key, title: `${publisher} on Iranian drones`, publisher, kind: 'NEWS_REPORT', publishedOn, text },
      });
    },
    async transfer(item: string, citations: { source: string; quote: string; chain?: string[] }[]) {
      const d = await edit(`mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }`, {
        input: { supplier: 'echoland', recipient: 'copyland', category: 'UAV', item, status: 'DELIVERED', citations },
      });
      return d.recordTransfer.id as string;
    },
    async assessment(id: string) {
      return (await server().data(`query($id: ID!) { transfer(id: $id) { ${ASSESSMENT} } }`, { id })).transfer
        .assessment;
    },
  };
}
