import type { Config } from '../core/config/config';
import { openDatabase as openWith } from '../core/db/open-database';
import type { AppServices, OpenOptions } from '../core/db/open-database';
import type { DataSource } from 'typeorm';
import { ENTITIES } from './entities';

export { closeDatabase } from '../core/db/open-database';

/** Opens the configured database with the domain's entities and runs pending migrations. */
export function openDatabase(
  config: Config,
  options: OpenOptions = {},
): Promise<{ dataSource: DataSource; app: AppServices }> {
  return openWith(config, ENTITIES, options);
}
