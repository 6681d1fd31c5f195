import 'reflect-metadata';
import { ConfigError, loadConfig } from '../core/config/config';
import { startServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`supplyline: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const server = await startServer(config);
  process.stdout.write(`Supplyline serving GraphQL at ${server.url}/graphql (IDE: open it in a browser)\n`);
  const shutdown = (signal: string) => {
    process.stdout.write(`${signal}: draining and closing the database…\n`);
    server.stop().then(
      () => process.exit(0),
      (e) => {
        process.stderr.write(`supplyline: shutdown failed: ${e}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((e) => {
  process.stderr.write(`supplyline: failed to start: ${e instanceof Error ? (e.stack ?? e.message) : e}\n`);
  process.exit(1);
});
