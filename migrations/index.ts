import { InitialSchema1764000000000 } from './1764000000000-initial-schema';
import { WritesHistoryKeys1764100000000 } from './1764100000000-writes-history-keys';
import { SearchIndex1764200000000 } from './1764200000000-search-index';
import { SearchIndexKeys1764300000000 } from './1764300000000-search-index-keys';
import { SupplyEdges1764400000000 } from './1764400000000-supply-edges';
import { WriteProbe1764500000000 } from './1764500000000-write-probe';
import { TransferFigures1764600000000 } from './1764600000000-transfer-figures';
import { SearchWords1764700000000 } from './1764700000000-search-words';
import { SuccessionsReferenceData1764800000000 } from './1764800000000-successions-reference-data';
import { ClaimVoices1764900000000 } from './1764900000000-claim-voices';
import { EchoAuditor1765000000000 } from './1765000000000-echo-auditor';
import { Drafts1765100000000 } from './1765100000000-drafts';
import { ChangeFeed1765200000000 } from './1765200000000-change-feed';

/** Every migration, in the order it runs. Add new ones at the end; never edit a landed one. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  WritesHistoryKeys1764100000000,
  SearchIndex1764200000000,
  SearchIndexKeys1764300000000,
  SupplyEdges1764400000000,
  WriteProbe1764500000000,
  TransferFigures1764600000000,
  SearchWords1764700000000,
  SuccessionsReferenceData1764800000000,
  ClaimVoices1764900000000,
  EchoAuditor1765000000000,
  Drafts1765100000000,
  ChangeFeed1765200000000,
];
