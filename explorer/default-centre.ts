import { gql } from './api';
import { DEFAULT_CENTRE } from './queries';

/** The centre of a view whose address names none: the actor receiving the most transfers, else any actor, else null. */
export async function defaultCentre(): Promise<string | null> {
  const d = await gql<{ transferStats: { key: string }[]; actors: { edges: { node: { key: string } }[] } }>(
    DEFAULT_CENTRE,
  );
  return d.transferStats[0]?.key ?? d.actors.edges[0]?.node.key ?? null;
}
