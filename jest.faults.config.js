// The fault suite (npm run test:faults): real servers as separate processes, killed and restarted.
// It starts its own Temporal and Postgres, so none of the main suite's global set-up.
const base = require('./jest.config');

module.exports = {
  ...base,
  testMatch: ['**/test/faults/**/*.faults.ts'],
  globalSetup: undefined,
  globalTeardown: undefined,
  testTimeout: 900_000,
  maxWorkers: 1,
};
