import { Writable } from 'node:stream';
import { createLogger } from '../../src/logger';
import type { Logger } from '../../src/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  text(): string;
  /** Every line, parsed. */
  lines(): Record<string, any>[];
}

/** A real (pino) logger at info level whose lines are kept in memory for the test to read. */
export function captureLogs(): CapturedLogs {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  });
  return {
    logger: createLogger('info', stream),
    text: () => text,
    lines: () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  };
}
