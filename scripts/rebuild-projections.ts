// npm run projections:rebuild — replays the event store into shadow read models and swaps them in,
// while the API keeps answering and workflows keep appending.
import { createDataSource, rebuildReadModels } from '../libs/persistence/src';

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: it names the Postgres whose read models to rebuild.');
  const dataSource = createDataSource({ url, poolSize: 2 });
  await dataSource.initialize();
  try {
    const started = Date.now();
    const { events, rows, swapMs } = await rebuildReadModels(dataSource);
    process.stdout.write(
      `rebuilt ${rows} read-model rows from ${events} events in ${Date.now() - started} ms ` +
        `(appends held back ${swapMs} ms for the swap)\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
