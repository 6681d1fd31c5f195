import { AppError } from '../errors/errors';
import { isStorageError, mapDriverError } from './driver-errors';

/** What the drivers throw, by code, and the client error it becomes. */
const driverError = (code: string) => Object.assign(new Error(`driver says ${code}`), { code });
const typeormError = (code: string) => Object.assign(new Error('query failed'), { driverError: { code } });

describe('mapDriverError', () => {
  it.each([
    ['SQLITE_FULL', driverError('SQLITE_FULL')],
    ['SQLITE_IOERR_WRITE', driverError('SQLITE_IOERR_WRITE')],
    ['PostgreSQL disk_full (53100), wrapped by TypeORM', typeormError('53100')],
    ['PostgreSQL io_error (58030)', typeormError('58030')],
  ])('%s is STORAGE_FULL with HTTP 507', (_name, error) => {
    expect(isStorageError(error)).toBe(true);
    const mapped = mapDriverError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe('STORAGE_FULL');
    expect((mapped as AppError).extensions.http).toEqual({ status: 507 });
  });

  it.each([['SQLITE_CONSTRAINT_UNIQUE'], ['23505']])('%s is CONFLICT', (code) => {
    expect((mapDriverError(typeormError(code)) as AppError).code).toBe('CONFLICT');
  });

  it.each([['SQLITE_BUSY'], ['40001'], ['']])('%s is left as it is (masked as internal)', (code) => {
    const error = typeormError(code);
    expect(isStorageError(error)).toBe(false);
    expect(mapDriverError(error)).toBe(error);
  });
});
