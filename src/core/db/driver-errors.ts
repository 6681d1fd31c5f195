import { ConflictError } from '../errors/errors';

/**
 * Turns a database constraint failure into the client error it stands for. Unique violations
 * become CONFLICT (the service checks first; this is the race-proof backstop). Anything else is
 * returned unchanged and will be masked as an internal error.
 */
export function mapDriverError(error: unknown): unknown {
  const driver = (error as { driverError?: { code?: string } })?.driverError ?? (error as { code?: string });
  const code = driver?.code;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new ConflictError('This would duplicate an existing unique value (a key, name or alias).');
  }
  return error;
}
