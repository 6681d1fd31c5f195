import { gql } from '../api';
import type { Page } from '../types';
import { networkFilter, recognitionFilter, transferFilter } from '../view-state';
import type { Filters } from '../view-state';
import { pairFilters } from './claim-selection';
import type { Scope } from './claim-selection';
import type { Pair } from './dossier-address';
import { DOSSIER_DATA, DOSSIER_NETWORK, MAX_NODES, RECOGNITIONS_MAX, pairTimeline } from './dossier-queries';
import type {
  ActorChain,
  ActorTree,
  DossierActor,
  DossierData,
  DossierNetwork,
  RecognitionRow,
  TimelineCell,
} from './dossier-types';
import type { VerdictCounts } from './evidence-model';
import { rollRelations } from './relations';
import type { RolledRelations } from './relations';
import { actorFigures, combineCells } from './timeline-cells';
import { VERDICTS } from './timeline-model';

/**
 * Reads what the dossier shows, with the view's filters: the network around the actor and its
 * timelines and recognitions (two operations sent together), then the figures from them — the
 * actor's deals with counterparts, which the tables, the timeline and the verdicts all count —
 * and what the page needs to open the claims behind each (its Scope).
 */
export interface Loaded {
  actor: DossierActor;
  rolled: RolledRelations;
  /** its deals with counterparts, per year (null: undated), category and verdict */
  cells: TimelineCell[];
  /** its deals no counterpart holds, left out of the figures */
  aside: { intermediary: number; internal: number };
  recognizes: Page<RecognitionRow>;
  recognizedBy: Page<RecognitionRow>;
  /** its recognition claims, per verdict */
  recognitionVerdicts: VerdictCounts;
  truncated: boolean;
  scope: Scope;
}

const treeKeys = (list: readonly ActorTree[] = []): string[] => list.flatMap((c) => [c.key, ...treeKeys(c.children)]);

const chainKeys = (a: ActorChain | null): string[] => (a ? [a.key, ...chainKeys(a.parent)] : []);

export async function loadDossier(actor: DossierActor, filters: Filters): Promise<Loaded> {
  const key = actor.key;
  const [tf, rf] = [transferFilter(filters), recognitionFilter(filters)];
  const [net, data] = await Promise.all([
    gql<{ supplyNetwork: DossierNetwork }>(DOSSIER_NETWORK, {
      key,
      network: networkFilter(filters),
      maxNodes: MAX_NODES,
    }),
    gql<DossierData>(DOSSIER_DATA, {
      actor: { actor: key, ...tf },
      supplier: { supplier: key, ...tf },
      recipient: { recipient: key, ...tf },
      internal: { supplier: key, recipient: key, ...tf },
      recognizer: { recognizer: key, ...rf },
      recognized: { recognized: key, ...rf },
      ...Object.fromEntries(VERDICTS.map((v) => [`rv_${v}`, { actor: key, ...rf, verdict: [v] }])),
      first: RECOGNITIONS_MAX,
    }),
  ]);
  const rolled = rollRelations(net.supplyNetwork, key);
  const { cells, intermediary, internal } = actorFigures(data);
  const rows = [...rolled.suppliers, ...rolled.recipients];
  return {
    actor,
    rolled,
    cells,
    aside: { intermediary, internal },
    recognizes: data.recognizes,
    recognizedBy: data.recognizedBy,
    recognitionVerdicts: Object.fromEntries(VERDICTS.map((v) => [v, data[`rv_${v}`].totalCount])),
    truncated: net.supplyNetwork.truncated,
    scope: {
      inside: [...new Set([...rolled.inside, ...treeKeys(actor.bodies)])],
      above: chainKeys(actor.parent),
      mixed: intermediary + internal > 0,
      ends: (p: Pair) => rows.find((r) => r.side === p.side && r.key === p.key)?.ends ?? [key],
    },
  };
}

/** A pair's timeline, with the view's filters (the sum of its filters' timelines: see pairFilters). */
export async function loadPairCells(d: Loaded, pair: Pair, filters: Filters): Promise<TimelineCell[]> {
  const tf = transferFilter(filters);
  const list = pairFilters(d.actor.key, pair, d.scope).map((f) => ({ ...f, ...tf }));
  const answer = await gql<Record<string, TimelineCell[]>>(
    pairTimeline(list.length),
    Object.fromEntries(list.map((f, i) => [`t${i}`, f])),
  );
  return list.length === 1 ? answer.t0 : combineCells(list.map((_, i) => ({ cells: answer[`t${i}`], times: 1 })));
}
