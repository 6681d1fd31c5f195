import { SourceKind } from './source-kind.enum';

/** How a source is named in chains and explanations: a news report by its publisher, anything else by its title. */
export function sourceLabel(s: { kind: SourceKind; publisher: string; title: string }): string {
  return s.kind === SourceKind.NEWS_REPORT ? s.publisher : s.title;
}
