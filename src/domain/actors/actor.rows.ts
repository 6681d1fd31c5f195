import type { Actor } from './actor.entity';

/** An actor as the read path returns it: plain columns, no relations. */
export type ActorRow = Pick<
  Actor,
  'id' | 'key' | 'name' | 'kind' | 'countryCode' | 'parentId' | 'description' | 'mergedIntoId' | 'mergedAt'
> & {
  /** Set on an actor read with asOf: its aliases then (else they are loaded as they are now). */
  aliasesAsOf?: string[];
};

export const ACTOR_COLUMNS =
  `a.id, a.key, a.name, a.kind, a.country_code AS "countryCode", a.parent_id AS "parentId", a.description, ` +
  `a.merged_into_id AS "mergedIntoId", a.merged_at AS "mergedAt"`;
