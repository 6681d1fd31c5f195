import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { PubSub } from 'type-graphql';
import { ActorMutations } from '../../domain/actors/actor.mutations';
import { ActorResolver } from '../../domain/actors/actor.resolver';
import { ActorMergeMutations } from '../../domain/claims/actor-merge.mutations';
import { ActorClaimsResolver } from '../../domain/claims/actor-claims.resolver';
import { SourceCitationsResolver } from '../../domain/claims/source-citations.resolver';
import { ApiKeyResolver } from '../../domain/access/api-key.resolver';
import { ClaimMutations } from '../../domain/claims/claim.mutations';
import { NetworkResolver } from '../../domain/network/network.resolver';
import { SearchResolver } from '../../domain/search/search.resolver';
import { SourceMutations } from '../../domain/sources/source.mutations';
import { EchoMutations } from '../../domain/echoes/echo.mutations';
import { SourceEchoResolver } from '../../domain/echoes/echo.resolver';
import { authChecker } from './auth-checker';
import { RecognitionResolver } from '../../domain/claims/recognition.resolver';
import { SupplyRelationResolver } from '../../domain/claims/supply-relation.resolver';
import { TransferResolver } from '../../domain/claims/transfer.resolver';
import { CitationResolver } from '../../domain/claims/citation.resolver';
import { SourceResolver } from '../../domain/sources/source.resolver';
import { DraftBatchResolver, DraftMentionResolver, DraftResolver } from '../../domain/drafts/draft.resolver';
import { NodeResolver } from '../../domain/nodes/node.resolver';
import { ChangeResolver, ClaimChangeResolver } from '../../domain/changes/change.resolver';

export const RESOLVERS = [
  ActorResolver,
  SourceResolver,
  ActorClaimsResolver,
  SourceCitationsResolver,
  TransferResolver,
  RecognitionResolver,
  CitationResolver,
  SupplyRelationResolver,
  ActorMutations,
  ActorMergeMutations,
  SourceMutations,
  EchoMutations,
  SourceEchoResolver,
  ClaimMutations,
  ApiKeyResolver,
  DraftBatchResolver,
  DraftResolver,
  DraftMentionResolver,
  NetworkResolver,
  SearchResolver,
  ChangeResolver,
  ClaimChangeResolver,
  NodeResolver,
] as const;

/**
 * type-graphql wants a PubSub before it builds any subscription, but ours read the change feed
 * through their own `subscribe` (domain/changes/change-stream.ts), which works across processes
 * as an in-memory topic could not: no subscription names a topic, and this one refuses any use.
 */
const NO_TOPICS: PubSub = {
  publish: () => {
    throw new Error('Subscriptions read the change feed; nothing is published to topics.');
  },
  subscribe: () => {
    throw new Error('Subscriptions read the change feed; they subscribe to no topic.');
  },
};

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, validate: true, authChecker, pubSub: NO_TOPICS }).then((schema) => {
    schema.getQueryType()!.description =
      'Supplyline: who supplies whom in armed conflicts, and on what evidence. Every claim carries its citations, ' +
      'their provenance chains and an assessment.';
    schema.getSubscriptionType()!.description =
      'Live changes, over Server-Sent Events at /graphql/stream (the graphql-sse protocol): each write as it commits, ' +
      'resumable from a cursor of the change feed.';
    schema.getMutationType()!.description =
      'Writes need "Authorization: Bearer <API key>" (EDITOR, or ADMIN where said). Each is one transaction and one history entry; ' +
      'a refused write changes nothing.';
    return schema;
  });
  return built;
}

/** The SDL committed as schema.graphql: sorted, so diffs show only real API changes. */
export async function printSdl(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}

export async function writeSdl(path: string): Promise<void> {
  writeFileSync(path, await printSdl());
}
