import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      database: { type: 'sqlite', path: 'data/supplyline.sqlite' },
      seed: true,
      logLevel: 'info',
      production: true,
      defaultPageSize: 50,
      maxPageSize: 500,
      executor: 'jit',
      limits: { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxFields: 2000, maxTokens: 5000, maxCost: 250_000 },
      introspection: true,
      http: {
        requestTimeoutMs: 30_000,
        headersTimeoutMs: 10_000,
        drainMs: 10_000,
        corsOrigins: [],
        rateLimitPerIp: 300,
        rateLimitPerKey: 1_200,
        rateWindowSeconds: 60,
        keyCacheSeconds: 5,
        trustProxyHops: 0,
        compression: true,
      },
    });
  });

  it.each([
    [{ PORT: '0' }, { port: 0 }],
    [{ DATABASE_URL: 'sqlite::memory:' }, { database: { type: 'sqlite', path: ':memory:' } }],
    [
      { DATABASE_URL: 'postgres://u:p@127.0.0.1:5433/kb' },
      { database: { type: 'postgres', url: 'postgres://u:p@127.0.0.1:5433/kb' } },
    ],
    [{ SUPPLYLINE_SEED: 'false' }, { seed: false }],
    [{ NODE_ENV: 'development' }, { production: false }],
    [{ LOG_LEVEL: 'DEBUG' }, { logLevel: 'debug' }],
    [{ SUPPLYLINE_READ_ACCESS: 'key' }, { readsNeedKey: true }],
    [{}, { readsNeedKey: false }],
    [{ SUPPLYLINE_EXECUTOR: 'graphql-js' }, { executor: 'graphql-js' }],
    [{ SUPPLYLINE_EXECUTOR: 'compare' }, { executor: 'compare' }],
    [{ SUPPLYLINE_INTROSPECTION: 'false' }, { introspection: false }],
    [
      { SUPPLYLINE_CORS_ORIGINS: 'https://a.example, http://localhost:5173' },
      { http: { corsOrigins: ['https://a.example', 'http://localhost:5173'] } },
    ],
    [{ SUPPLYLINE_CORS_ORIGINS: '*' }, { http: { corsOrigins: '*' } }],
    [
      { SUPPLYLINE_RATE_LIMIT_IP: '0', SUPPLYLINE_RATE_LIMIT_KEY: '5' },
      { http: { rateLimitPerIp: 0, rateLimitPerKey: 5 } },
    ],
    [{ SUPPLYLINE_REQUEST_TIMEOUT_MS: '5000' }, { http: { requestTimeoutMs: 5000, headersTimeoutMs: 5000 } }],
    [{ SUPPLYLINE_COMPRESSION: 'false' }, { http: { compression: false } }],
  ])('%o gives %o', (env, expected) => expect(loadConfig(env)).toMatchObject(expected));

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['DATABASE_URL', 'mysql://x'],
    ['DATABASE_URL', 'sqlite:'],
    ['SUPPLYLINE_SEED', 'maybe'],
    ['LOG_LEVEL', 'loud'],
    ['HOST', 'two words'],
    ['SUPPLYLINE_CORS_ORIGINS', 'https://a.example/path'],
    ['SUPPLYLINE_CORS_ORIGINS', 'a.example'],
    ['SUPPLYLINE_CORS_ORIGINS', 'javascript:alert(1)'],
    ['SUPPLYLINE_RATE_LIMIT_IP', '-5'],
    ['SUPPLYLINE_INTROSPECTION', 'sometimes'],
    ['SUPPLYLINE_MAX_PAGE_SIZE', '0'],
    ['SUPPLYLINE_READ_ACCESS', 'closed'],
    ['SUPPLYLINE_EXECUTOR', 'fast'],
    ['SUPPLYLINE_MAX_DEPTH', '0'],
    ['SUPPLYLINE_MAX_COST', 'lots'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('is frozen', () => expect(Object.isFrozen(loadConfig({}))).toBe(true));
});
