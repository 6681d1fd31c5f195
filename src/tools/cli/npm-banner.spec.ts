import { npmBanner } from './npm-banner';

describe('npmBanner: what `npm run` printed to standard output before the tool started', () => {
  const env = {
    npm_lifecycle_event: 'export',
    npm_lifecycle_script: 'node scripts/run.js dist/src/tools/cli/export.js',
    npm_package_name: 'supplyline',
    npm_package_version: '0.1.0',
  };

  it('is the banner npm writes, with the arguments', () => {
    expect(npmBanner('export', env, ['dump', '--filter', 'actor=iran'])).toBe(
      '\n> supplyline@0.1.0 export\n> node scripts/run.js dist/src/tools/cli/export.js dump --filter actor=iran\n\n',
    );
  });

  it('is none with --silent or --json (its banner goes to standard error), or when npm ran another script', () => {
    expect(npmBanner('export', { ...env, npm_config_loglevel: 'silent' }, [])).toBeNull();
    expect(npmBanner('export', { ...env, npm_config_json: 'true' }, [])).toBeNull();
    expect(npmBanner('export', { ...env, npm_lifecycle_event: 'test' }, [])).toBeNull();
    expect(npmBanner('export', {}, [])).toBeNull();
  });
});
