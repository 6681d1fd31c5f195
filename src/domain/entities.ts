import 'reflect-metadata';
import { ActorName } from './actors/actor-name.entity';
import { ActorSuccession } from './actors/actor-succession.entity';
import { ApiKey } from './access/api-key.entity';
import { RecognitionVersion, TransferVersion } from './claims/claim-versions.entity';
import { HistoryEntry } from './history/history-entry.entity';
import { Actor } from './actors/actor.entity';
import { Recognition } from './claims/recognition.entity';
import { Transfer } from './claims/transfer.entity';
import { CitationHop } from './claims/citation-hop.entity';
import { Citation } from './claims/citation.entity';
import { Source } from './sources/source.entity';
import { SourceEcho } from './echoes/source-echo.entity';
import { Draft, DraftBatch } from './drafts/draft.entity';

/** Every TypeORM entity, for the data source (and so for the migration drift check). */
export const ENTITIES = [
  Actor,
  ActorName,
  ActorSuccession,
  Source,
  SourceEcho,
  Transfer,
  Recognition,
  TransferVersion,
  RecognitionVersion,
  Citation,
  CitationHop,
  HistoryEntry,
  ApiKey,
  DraftBatch,
  Draft,
];
