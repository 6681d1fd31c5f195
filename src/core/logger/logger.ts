import pino from 'pino';
import type { DestinationStream, Logger as Pino } from 'pino';
import type { LogLevel } from '../config/config';

/**
 * Structured logs: one JSON line per event (pino), on stderr unless a destination is given,
 * filtered by LOG_LEVEL. Credentials never reach a log line: the paths below are redacted
 * wherever they appear (request headers as the request log writes them, and any `secret` field).
 */
export interface Logger {
  debug(msg: string, data?: object): void;
  info(msg: string, data?: object): void;
  warn(msg: string, data?: object): void;
  error(msg: string, data?: object): void;
  /** The underlying pino logger (for the request log and children with bindings such as a request id). */
  readonly pino: Pino;
}

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'secret',
  '*.secret',
  'authorization',
  '*.authorization',
];

export function wrapPino(p: Pino): Logger {
  return {
    debug: (msg, data) => p.debug(data ?? {}, msg),
    info: (msg, data) => p.info(data ?? {}, msg),
    warn: (msg, data) => p.warn(data ?? {}, msg),
    error: (msg, data) => p.error(data ?? {}, msg),
    pino: p,
  };
}

export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const p = pino(
    {
      level,
      base: { service: 'supplyline' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destination ?? pino.destination({ dest: 2, sync: true }),
  );
  return wrapPino(p);
}
