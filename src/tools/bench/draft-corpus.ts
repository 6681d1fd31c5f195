import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActorNameRow } from '../../domain/drafts/actor-names';
import { normalizeName } from '../../core/util/normalize-name';
import { gazetteerStates } from '../../domain/gazetteer/gazetteer-data';
import { SEED_ACTORS } from '../seed/seed-actors';

/** One labelled article of tests/fixtures/drafts (see its README). */
export interface LabelledArticle {
  file: string;
  title: string;
  publisher: string;
  publishedOn: string | null;
  phenomena: string[];
  text: string;
  actors: { key: string; name: string; kind: string; aliases?: string[] }[];
  expected: {
    kind: 'TRANSFER' | 'RECOGNITION';
    supplier?: string;
    recipient?: string;
    recognizer?: string;
    recognized?: string;
    category?: string;
    status?: string;
    stance: string;
  }[];
}

export const CORPUS_DIR = join(__dirname, '..', '..', '..', '..', 'tests', 'fixtures', 'drafts');

export function readCorpus(set: 'dev' | 'heldout'): LabelledArticle[] {
  const dir = join(CORPUS_DIR, set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file: `${set}/${file}`,
      ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<LabelledArticle, 'file'>),
    }));
}

/**
 * The names a knowledge base with the gazetteer and the seed would hold, plus the article's own
 * non-state actors: what the drafter reads from the database in the server.
 */
export function namesFor(extra: LabelledArticle['actors'] = []): ActorNameRow[] {
  const rows: ActorNameRow[] = [];
  const add = (key: string, actorName: string, kind: string, names: string[]) => {
    for (const name of names) rows.push({ id: key, key, actorName, kind, name });
  };
  const held = new Map<string, string>();
  const own = (key: string, names: string[]) =>
    names.filter((n) => !held.has(normalizeName(n)) && held.set(normalizeName(n), key));
  for (const a of [...SEED_ACTORS, ...extra]) add(a.key, a.name, a.kind, own(a.key, [a.name, ...(a.aliases ?? [])]));
  // the gazetteer completes the seed's states with the names nobody else holds, as ensureGazetteer does
  for (const s of gazetteerStates()) {
    const seed = SEED_ACTORS.find((a) => a.key === s.key);
    add(s.key, seed?.name ?? s.name, s.kind, own(s.key, [s.name, ...s.aliases]));
  }
  return rows;
}
