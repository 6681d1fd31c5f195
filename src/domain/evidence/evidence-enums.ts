import { registerEnumType } from 'type-graphql';

export enum Stance {
  SUPPORTS = 'SUPPORTS',
  DISPUTES = 'DISPUTES',
}

/** Ordered from strongest to weakest; see assessment.ts for the rules. */
export enum Verdict {
  CORROBORATED = 'CORROBORATED',
  SINGLE_SOURCE = 'SINGLE_SOURCE',
  CONTESTED = 'CONTESTED',
  UNSUPPORTED = 'UNSUPPORTED',
}

registerEnumType(Stance, {
  name: 'Stance',
  description: 'Whether a citation supports or disputes the claim.',
  valuesConfig: {
    SUPPORTS: { description: 'The source states the claim.' },
    DISPUTES: { description: 'The source denies or contradicts the claim (e.g. a government denial).' },
  },
});

registerEnumType(Verdict, {
  name: 'Verdict',
  description: 'What the evidence amounts to, computed from independent voices.',
  valuesConfig: {
    CORROBORATED: { description: 'Two or more independent voices support it, and none disputes it.' },
    SINGLE_SOURCE: { description: 'Exactly one independent voice supports it, and none disputes it.' },
    CONTESTED: { description: 'At least one voice disputes it.' },
    UNSUPPORTED: { description: 'No voice supports it and none disputes it.' },
  },
});
