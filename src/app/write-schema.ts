import 'reflect-metadata';
import { join } from 'node:path';
import { writeSdl } from './graphql/schema';

/** `npm run schema`: regenerates schema.graphql at the repository root. */
const target = join(__dirname, '..', '..', '..', 'schema.graphql');
writeSdl(target).then(
  () => process.stdout.write(`wrote ${target}\n`),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  },
);
