import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';
import { serveOpenApi } from './openapi';

/** Builds the API application exactly as production runs it; tests call this too. */
export async function createApiApp(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  serveOpenApi(app);
  return app;
}
