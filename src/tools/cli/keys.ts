import 'reflect-metadata';
import { runCli } from './run-cli';
import { apiKeyService } from '../../domain/access/api-key.service';
import { Role } from '../../core/auth/role.enum';
import { loadConfig } from '../../core/config/config';
import { createContext } from '../../domain/context';
import { closeDatabase, openDatabase } from '../../domain/database';

/**
 * `npm run keys -- create --name alice --role editor` prints the new key's secret, once.
 * `npm run keys -- list` and `npm run keys -- revoke --name alice`. Uses DATABASE_URL like the
 * server.
 */
const USAGE = `usage:
  npm run keys -- create --name <name> --role reader|editor|admin
  npm run keys -- list
  npm run keys -- revoke --name <name>`;

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (!['create', 'list', 'revoke'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const { dataSource, app } = await openDatabase(config);
  try {
    const ctx = createContext(app, 'cli', { name: 'cli', role: Role.ADMIN });
    if (command === 'list') {
      for (const k of await apiKeyService.list(ctx)) {
        process.stdout.write(
          `${k.name}\t${k.role}\tcreated ${k.createdAt}${k.revokedAt ? `\trevoked ${k.revokedAt}` : ''}\n`,
        );
      }
      return 0;
    }
    const name = option(args, 'name');
    if (!name) throw new Error('--name is required');
    if (command === 'revoke') {
      await apiKeyService.revoke(ctx, name);
      process.stdout.write(`revoked ${name}\n`);
      return 0;
    }
    const role = (option(args, 'role') ?? '').toUpperCase() as Role;
    if (!Object.values(Role).includes(role)) throw new Error('--role must be reader, editor or admin');
    const { secret } = await apiKeyService.create(ctx, name, role);
    process.stderr.write(`API key "${name}" (${role}) created. Its secret is shown only now:\n`);
    process.stdout.write(`${secret}\n`);
    return 0;
  } finally {
    await closeDatabase(dataSource, app);
  }
}

runCli('keys', main);
