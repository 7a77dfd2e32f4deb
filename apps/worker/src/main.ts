import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '../../../libs/config/src';
import { TemporalWorkerService } from './temporal-worker.service';
import { WorkerModule } from './worker.module';

const SDK_LEVELS = {
  trace: 'TRACE',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'ERROR',
  silent: 'ERROR',
} as const;

async function main(): Promise<void> {
  const config = loadConfig(); // fail fast, before connecting to anything
  // The SDK's own log lines follow LOG_LEVEL too.
  Runtime.install({
    logger: new DefaultLogger(SDK_LEVELS[config.LOG_LEVEL]),
    // The SDK's own metrics (task latencies, slots, polls), Prometheus on their own port.
    ...(config.TEMPORAL_SDK_METRICS_PORT
      ? {
          telemetryOptions: {
            metrics: { prometheus: { bindAddress: `${config.HOST}:${config.TEMPORAL_SDK_METRICS_PORT}` } },
          },
        }
      : {}),
  });
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM/SIGINT → Nest shutdown hooks → worker.shutdown(), which drains before run() resolves.
  app.enableShutdownHooks();
  await app.get(TemporalWorkerService).run();
  await app.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : (error as Error).stack}\n`);
  process.exit(1);
});
