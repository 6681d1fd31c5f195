import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Source } from '../sources/source.entity';
import type { SourceRow } from '../sources/source.rows';

export enum EchoStatus {
  SUSPECTED = 'SUSPECTED',
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(EchoStatus, {
  name: 'EchoStatus',
  description: 'Where a suspected echo stands.',
  valuesConfig: {
    SUSPECTED: { description: 'Found by the independence auditor; counted as one voice until an editor decides.' },
    CONFIRMED: { description: 'An editor confirmed that the copy derives from the original (a recorded derivation).' },
    DISMISSED: { description: 'An editor found the two independent: they count as separate voices again.' },
  },
});

export enum EchoBasis {
  TEXT = 'TEXT',
  QUOTE = 'QUOTE',
  EDITOR = 'EDITOR',
}

registerEnumType(EchoBasis, {
  name: 'EchoBasis',
  description: 'What made the auditor suspect an echo.',
  valuesConfig: {
    TEXT: { description: 'The two texts resemble each other beyond the threshold.' },
    QUOTE: { description: 'A passage quoted from the copy occurs verbatim in the earlier original.' },
    EDITOR: { description: 'Recorded by an editor (confirmed or dismissed) before the auditor found anything.' },
  },
});

@ObjectType({
  description:
    'Two sources the independence auditor found to be echoes: the later one (copy) probably derives from the earlier (original).',
  simpleResolvers: true,
})
export class SuspectedEcho {
  @Field(() => Source, {
    description:
      'The other source: seen from a source, the one it echoes or is echoed by; on an assessment, the original.',
  })
  source!: SourceRow;

  @Field(() => Source, { description: 'The later source, which probably derives from the original.' })
  copy!: SourceRow;

  @Field(() => Source, { description: 'The earlier source.' })
  original!: SourceRow;

  @Field(() => Float, {
    nullable: true,
    description:
      'Resemblance of the two texts (shared 4-word sequences over all of them), 0 to 1; null when one has no text.',
  })
  similarity!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The quoted passage found verbatim in the original, when that is the basis.',
  })
  sharedPassage!: string | null;

  @Field(() => EchoBasis, { description: 'Resembling texts, or a quote found verbatim.' })
  basis!: EchoBasis;

  @Field(() => EchoStatus, { description: 'Suspected, confirmed or dismissed.' })
  status!: EchoStatus;

  @Field(() => String, { description: 'When the auditor found it (ISO 8601).' })
  foundAt!: string;

  @Field(() => String, { nullable: true, description: 'When an editor confirmed or dismissed it.' })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed or dismissed it (the API key).' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, in the editor’s words.' })
  reason!: string | null;
}
