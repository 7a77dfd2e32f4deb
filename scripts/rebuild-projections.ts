// npm run projections:rebuild — empties every read model and replays the event store into it.
import { createDataSource, rebuildReadModels } from '../libs/persistence/src';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: it names the Postgres whose read models to rebuild.');
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    const started = Date.now();
    const count = await rebuildReadModels(dataSource);
    process.stdout.write(`rebuilt read models from ${count} events in ${Date.now() - started} ms\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
