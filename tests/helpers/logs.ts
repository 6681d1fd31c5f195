import { Writable } from 'node:stream';
import { createLogger } from '../../src/core/logger/logger';
import type { Logger } from '../../src/core/logger/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Every line written so far, as written. */
  text(): string;
  /** Every line, parsed. */
  lines(): Record<string, any>[];
  /**
   * The first line that matches, waiting for it: a request's log line is written when its
   * response has finished on the server, which can be just after the client has read it.
   */
  find(match: (line: Record<string, any>) => boolean): Promise<Record<string, any> | undefined>;
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
  const lines = () =>
    text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, any>);
  return {
    logger: createLogger('info', stream),
    text: () => text,
    lines,
    async find(match) {
      for (let i = 0; i < 100; i++) {
        const found = lines().find(match);
        if (found) return found;
        await new Promise((r) => setTimeout(r, 20));
      }
      return undefined;
    },
  };
}
