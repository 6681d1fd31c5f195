import { Role } from '../../src/core/auth/role.enum';
import { verifyDatabase } from '../../src/tools/ops/verify';
import type { TestDatabase } from './test-database';
import { makeKey, startTestServer } from './test-server';
import type { TestServer } from './test-server';

/**
 * What the full-storage tests share: a server that writes, remembers what it acknowledged and
 * what it refused, and checks after a restart that exactly the acknowledged writes are stored.
 */
const UPDATE = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { description } }`;
const ALIAS = `mutation($a: String!) { addActorAlias(actor: "iran", alias: $a) { aliases } }`;

/** One server on one database, and what it answered to each write. */
export class Writer {
  t!: TestServer;
  editor!: string;
  readonly acknowledged: string[] = [];
  readonly refused: string[] = [];
  readonly aliases = new Map<string, boolean>();

  constructor(readonly db: TestDatabase) {}

  async start(seed = true): Promise<void> {
    this.t = await startTestServer(seed ? {} : { SUPPLYLINE_SEED: 'false' }, {}, this.db);
    if (seed) this.editor = await makeKey(this.t.server, 'editor', Role.EDITOR);
  }

  ready = async () => (await fetch(`${this.t.url}/readyz`)).status;

  /** A new description of Iran; returns the answer and keeps what the server said. */
  async describe(text: string) {
    const res = await this.t.gqlAs(this.editor, UPDATE, { input: { actor: 'iran', description: text } });
    (res.status === 200 && !res.errors ? this.acknowledged : this.refused).push(text);
    return res;
  }

  async alias(name: string) {
    const res = await this.t.gqlAs(this.editor, ALIAS, { a: name });
    this.aliases.set(name, res.status === 200 && !res.errors);
    return res;
  }

  /** After a restart: the stored state is exactly what was acknowledged. */
  async checkStored(): Promise<void> {
    const d = await this.t.data(`{ actor(key: "iran") { description aliases history { operation after } } }`);
    expect(d.actor.description).toBe(this.acknowledged[this.acknowledged.length - 1]);
    const stored = d.actor.history
      .filter((h: { operation: string }) => h.operation === 'updateActor')
      .map((h: { after: { description: string } }) => h.after.description);
    expect(stored).toEqual(this.acknowledged);
    for (const text of this.refused) expect(stored).not.toContain(text);
    for (const [name, acknowledged] of this.aliases) expect(d.actor.aliases.includes(name)).toBe(acknowledged);
    expect(await this.ready()).toBe(200);
    // npm run verify's checks: storage integrity and every invariant of the knowledge base.
    const faults = (await verifyDatabase(this.t.server.dataSource, this.t.server.app)).filter((r) => r.faults > 0);
    expect(faults).toEqual([]);
  }
}

/** A refused write: STORAGE_FULL, HTTP 507, no data. */
export function expectStorageFull(res: {
  status: number;
  errors?: { extensions?: { code?: string } }[];
  data?: unknown;
}) {
  expect(res.status).toBe(507);
  expect(res.errors?.[0].extensions?.code).toBe('STORAGE_FULL');
  expect((res.data as Record<string, unknown> | undefined)?.updateActor ?? null).toBeNull();
}
