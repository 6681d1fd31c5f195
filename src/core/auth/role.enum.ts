import { registerEnumType } from 'type-graphql';

/** What an API key may do. Each role includes the ones below it. */
export enum Role {
  READER = 'READER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

const RANK: Record<Role, number> = { READER: 1, EDITOR: 2, ADMIN: 3 };

export const roleAllows = (has: Role, needs: Role): boolean => RANK[has] >= RANK[needs];

registerEnumType(Role, {
  name: 'Role',
  description: 'What an API key may do; each role includes the ones below it.',
  valuesConfig: {
    READER: { description: 'Read, also when reads are closed to anonymous clients.' },
    EDITOR: { description: 'Read, and create, correct and retract actors, sources, claims and citations.' },
    ADMIN: { description: 'Everything, including merging actors and managing API keys.' },
  },
});
