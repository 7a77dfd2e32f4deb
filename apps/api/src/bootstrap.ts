import { NestFactory } from '@nestjs/core';
import { serveWebApp } from './web';
import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from '../../../libs/metrics/src';
import { METRICS } from './health/metrics.controller';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';
import { buildOpenApi, serveOpenApi } from './openapi';
import { methodNotAllowed } from './common/method-not-allowed';
import { refuseNulCharacters } from './common/no-nul';
import { MAX_UPLOAD_BYTES } from './documents/documents.controller';

/** Everything main.ts does to the app besides listening; e2e tests apply the same to their module. */
export function configureApiApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  // No framework banner; no framing (clickjacking); no content sniffing; no referrer leaving the site.
  app.disable('x-powered-by');
  app.use((_req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  const metrics = app.get<Metrics>(METRICS);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const done = metrics.requests.startTimer({ method: req.method });
    res.on('finish', () =>
      done({
        route: (req.route as { path?: string } | undefined)?.path ?? 'unmatched',
        status: String(res.statusCode),
      }),
    );
    next();
  });
  app.useBodyParser('json', { limit: '1mb' });
  // Account imports (POST /api/v1/accounts/import) are CSV files.
  app.useBodyParser('text', { type: 'text/csv', limit: '20mb' });
  // Documents (POST /api/v1/documents) are uploaded as the file's bytes.
  app.useBodyParser('raw', { type: 'application/octet-stream', limit: MAX_UPLOAD_BYTES });
  app.use(methodNotAllowed(() => buildOpenApi(app)));
  app.use(refuseNulCharacters);
  app.enableShutdownHooks();
  serveOpenApi(app);
  serveWebApp(app);
  return app;
}

export async function createApiApp(): Promise<NestExpressApplication> {
  return configureApiApp(await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true }));
}
