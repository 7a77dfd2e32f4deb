import 'reflect-metadata';
import { loadConfig, ConfigError } from '../../../libs/config/src';
import { createApiApp } from './bootstrap';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  await app.listen(config.PORT, config.HOST);
}

main().catch((error: unknown) => {
  // Configuration errors name the variable; print them plainly rather than as a stack trace.
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
