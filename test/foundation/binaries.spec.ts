import { findTemporalCli, findTestServer, MissingBinaryError } from '../../libs/temporal/src';
import { loadConfig, ConfigError } from '../../libs/config/src';

describe('Temporal binaries', () => {
  it('are found in the project folder after setup, and are executables', () => {
    expect(findTemporalCli({ PATH: '' })).toMatch(/\.tools\/temporal\/bin\/temporal$/);
    expect(findTestServer({ PATH: '' })).toMatch(/\.tools\/temporal\/bin\/temporal-test-server$/);
  });

  it('name the override variable and the fix when an override points nowhere', () => {
    const attempt = () => findTemporalCli({ TEMPORAL_CLI_PATH: '/nonexistent/temporal', PATH: '' });
    expect(attempt).toThrow(MissingBinaryError);
    expect(attempt).toThrow('TEMPORAL_CLI_PATH=/nonexistent/temporal is not an executable file.');
  });
});

describe('configuration', () => {
  it('fails fast naming every bad variable and its rule', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', PORT: 'eighty', TEMPORAL_ADDRESS: 'no-port' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).problems.map((p) => p.variable).sort();
    expect(variables).toEqual(['DATABASE_URL', 'PORT', 'TEMPORAL_ADDRESS']);
    expect((error as ConfigError).message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('requires DATABASE_URL', () => {
    expect(() => loadConfig({})).toThrow('DATABASE_URL: is required');
  });
});
