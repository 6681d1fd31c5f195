import { AppError, ConflictError } from '../errors/errors';

const codeOf = (error: unknown): string | undefined => {
  const driver = (error as { driverError?: { code?: string } })?.driverError ?? (error as { code?: string });
  return driver?.code;
};

/**
 * True for a failure to store for want of space or through an I/O fault: SQLite's SQLITE_FULL
 * and SQLITE_IOERR (and its extended codes), PostgreSQL's disk_full (53100) and io_error (58030).
 */
export function isStorageError(error: unknown): boolean {
  const code = codeOf(error) ?? '';
  return code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code === '53100' || code === '58030';
}

/**
 * Turns a database failure into the client error it stands for. Unique violations become
 * CONFLICT (the service checks first; this is the race-proof backstop); a full disk or an I/O
 * fault becomes STORAGE_FULL with HTTP 507 (nothing was written). Anything else is returned
 * unchanged and will be masked as an internal error.
 */
export function mapDriverError(error: unknown): unknown {
  const code = codeOf(error);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') {
    return new ConflictError('This would duplicate an existing unique value (a key, name or alias).');
  }
  if (isStorageError(error)) {
    return new AppError(
      'STORAGE_FULL',
      'The database cannot store this write now (no space, or a storage fault): nothing was written. Try again later.',
      {
        http: { status: 507 },
      },
    );
  }
  return error;
}
