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
    });
  });

  it.each([
    [{ PORT: '0' }, { port: 0 }],
    [{ DATABASE_URL: 'sqlite::memory:' }, { database: { type: 'sqlite', path: ':memory:' } }],
    [{ DATABASE_URL: 'postgres://u:p@127.0.0.1:5433/kb' }, { database: { type: 'postgres', url: 'postgres://u:p@127.0.0.1:5433/kb' } }],
    [{ SUPPLYLINE_SEED: 'false' }, { seed: false }],
    [{ NODE_ENV: 'development' }, { production: false }],
    [{ LOG_LEVEL: 'DEBUG' }, { logLevel: 'debug' }],
    [{ SUPPLYLINE_READ_ACCESS: 'key' }, { readsNeedKey: true }],
    [{}, { readsNeedKey: false }],
    [{ SUPPLYLINE_EXECUTOR: 'graphql-js' }, { executor: 'graphql-js' }],
    [{ SUPPLYLINE_EXECUTOR: 'compare' }, { executor: 'compare' }],
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
