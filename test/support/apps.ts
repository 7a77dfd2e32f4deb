import { Test } from '@nestjs/testing';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { INestApplicationContext } from '@nestjs/common';
import { CONFIG, loadConfig, type Config } from '../../libs/config/src';
import { ApiModule } from '../../apps/api/src/app.module';
import { configureApiApp } from '../../apps/api/src/bootstrap';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TemporalWorkerService } from '../../apps/worker/src/temporal-worker.service';

export const TEST_JWT_SECRET = 'lianbao-test-secret-that-is-long-enough-0123456789';
/** The payload codec's key in tests: every stack encrypts what it hands Temporal, as in production. */
export const TEST_CODEC_KEYS = `test-1=${Buffer.alloc(32, 7).toString('base64')}`;

export function testConfig(env: Record<string, string>): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORT: '0',
    WORKER_METRICS_PORT: '0',
    JWT_SECRET: TEST_JWT_SECRET,
    TEMPORAL_CODEC_KEYS: TEST_CODEC_KEYS,
    MONTHLY_REPORT_SCHEDULE: 'off',
    ...env,
  });
}

export interface RunningApi {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

/** The real API module over real HTTP on a free port, configured as main.ts configures it. */
export async function startApi(config: Config): Promise<RunningApi> {
  const moduleRef = await Test.createTestingModule({ imports: [ApiModule] })
    .overrideProvider(CONFIG)
    .useValue(config)
    .compile();
  const app = configureApiApp(
    moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true, bodyParser: false }),
  );
  await app.listen(config.PORT, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${port}/api`, close: () => app.close() };
}

export interface RunningWorker {
  context: INestApplicationContext;
  close(): Promise<void>;
}

/** The real worker module, polling until close() drains it. */
export async function startWorker(config: Config): Promise<RunningWorker> {
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(CONFIG)
    .useValue(config)
    .compile();
  const context = await moduleRef.init();
  const service = context.get(TemporalWorkerService);
  await service.create();
  const running = service.run();
  return {
    context,
    close: async () => {
      await context.close();
      await running;
    },
  };
}
