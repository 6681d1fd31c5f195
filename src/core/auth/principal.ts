import type { Role } from './role.enum';

/** Who is calling: the API key's name and role. Anonymous requests have none. */
export interface Principal {
  readonly name: string;
  readonly role: Role;
}
