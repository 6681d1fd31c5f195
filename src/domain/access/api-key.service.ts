import { LENGTH } from '../../core/config/limits';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors/errors';
import { newId } from '../../core/util/ids';
import { text } from '../../core/util/validate';
import { txQuery, withTransaction, recordWrite } from '../../core/context/transaction';
import type { Context } from '../../core/context/context';
import type { SqlRunner } from '../../core/db/sql-runner';
import { ApiKey } from './api-key.entity';
import type { Principal } from '../../core/auth/principal';
import { Role } from '../../core/auth/role.enum';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** A key's secret: "sl_<prefix>_<secret>" — the prefix finds the row, the rest is checked by hash. */
const SECRET_FORMAT = /^sl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface ApiKeyInfo {
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

/** Valid keys' verdicts, per database (its read runner), by the hash of the secret. */
interface Remembered {
  readonly verdicts: Map<string, { principal: Principal; until: number }>;
  /** counts revocations made through this process: a check that saw one happen stores nothing */
  revocations: number;
}
const remembered = new WeakMap<SqlRunner, Remembered>();
const REMEMBERED_KEYS = 1000;

function rememberedFor(sql: SqlRunner): Remembered {
  let r = remembered.get(sql);
  if (!r) remembered.set(sql, (r = { verdicts: new Map(), revocations: 0 }));
  return r;
}

/** Making, listing, revoking and checking API keys. */
export class ApiKeyService {
  async create(ctx: Context, name: string, role: Role): Promise<{ info: ApiKeyInfo; secret: string }> {
    return withTransaction(ctx, async (tx) => {
      const keyName = text('name', name, LENGTH.key);
      if (!Object.values(Role).includes(role))
        throw new BadUserInputError('role', `"role" must be one of ${Object.values(Role).join(', ')}.`);
      if ((await txQuery(tx, 'SELECT 1 FROM api_key WHERE name = ?', [keyName])).length) {
        throw new ConflictError(`An API key named ${JSON.stringify(keyName)} already exists.`, 'name');
      }
      const prefix = randomBytes(6).toString('hex');
      const secret = `sl_${prefix}_${randomBytes(32).toString('base64url')}`;
      const row = {
        id: newId(),
        name: keyName,
        role,
        prefix,
        secretHash: sha256(secret).toString('hex'),
        createdAt: tx.at,
        revokedAt: null,
      };
      await tx.manager.insert(ApiKey, row);
      const info = { name: keyName, role, createdAt: row.createdAt, revokedAt: null };
      await recordWrite(tx, {
        operation: 'createApiKey',
        entityType: 'api_key',
        entityId: row.id,
        before: null,
        after: { ...info },
      });
      return { info, secret };
    });
  }

  async list(ctx: Context): Promise<ApiKeyInfo[]> {
    return ctx.sql.all<ApiKeyInfo>(
      `SELECT name, role, created_at AS "createdAt", revoked_at AS "revokedAt" FROM api_key ORDER BY created_at, name`,
    );
  }

  async revoke(ctx: Context, name: string): Promise<ApiKeyInfo> {
    const revoked = await withTransaction(ctx, async (tx) => {
      const [row] = await txQuery<ApiKeyInfo & { id: string }>(
        tx,
        `SELECT id, name, role, created_at AS "createdAt", revoked_at AS "revokedAt" FROM api_key WHERE name = ?`,
        [name],
      );
      if (!row) throw new NotFoundError('API key', name, 'name');
      const { id, ...before } = row;
      if (before.revokedAt) return before;
      const after = { ...before, revokedAt: tx.at };
      await txQuery(tx, 'UPDATE api_key SET revoked_at = ? WHERE id = ?', [after.revokedAt, id]);
      await recordWrite(tx, { operation: 'revokeApiKey', entityType: 'api_key', entityId: id, before, after });
      return after;
    });
    // Revoked through this process, and committed: no remembered verdict outlives it, and a check
    // that read the key before the commit does not store its verdict (see authenticate).
    const r = rememberedFor(ctx.sql);
    r.revocations++;
    r.verdicts.forEach((v, k) => v.principal.name === name && r.verdicts.delete(k));
    return revoked;
  }

  /**
   * The principal an Authorization header stands for: null when there is none, 'invalid' when
   * it names no live key. Comparison is constant-time.
   */
  async authenticate(
    sql: SqlRunner,
    header: string | undefined,
    rememberSeconds = 0,
  ): Promise<Principal | null | 'invalid'> {
    if (header === undefined || header === '') return null;
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const parts = m ? SECRET_FORMAT.exec(m[1]) : null;
    if (!m || !parts) return 'invalid';
    const hash = sha256(m[1]);
    // A valid key's verdict is remembered briefly (never an invalid one: made-up keys fill nothing).
    const r = rememberedFor(sql);
    const key = hash.toString('base64');
    const known = r.verdicts.get(key);
    if (known && known.until > Date.now()) return known.principal;
    const revocationsBefore = r.revocations;
    const principal = await this.check(sql, parts[1], hash);
    if (principal === 'invalid' || rememberSeconds <= 0 || r.revocations !== revocationsBefore) return principal;
    r.verdicts.delete(key);
    r.verdicts.set(key, { principal, until: Date.now() + rememberSeconds * 1000 });
    if (r.verdicts.size > REMEMBERED_KEYS) r.verdicts.delete(r.verdicts.keys().next().value!);
    return principal;
  }

  private async check(sql: SqlRunner, prefix: string, hash: Buffer): Promise<Principal | 'invalid'> {
    const [row] = await sql.all<{ name: string; role: Role; secretHash: string; revokedAt: string | null }>(
      `SELECT name, role, secret_hash AS "secretHash", revoked_at AS "revokedAt" FROM api_key WHERE prefix = ?`,
      [prefix],
    );
    const expected = row ? Buffer.from(row.secretHash, 'hex') : Buffer.alloc(32);
    const ok = timingSafeEqual(hash, expected);
    if (!row || !ok || row.revokedAt) return 'invalid';
    return { name: row.name, role: row.role };
  }
}

export const apiKeyService = new ApiKeyService();
