import { NestFactory } from '@nestjs/core';
import { CONFIG, type Config } from '../../../libs/config/src';
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

/**
 * What the web app may do: scripts only from its own files (no inline script, no eval), styles
 * from its files and the component library's injected style elements, images and fonts from
 * itself (and data:/blob: for documents and the QR code), requests to its own API (and to the
 * identity provider it signs in at) only.
 */
const appCsp = (issuer: string | undefined) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The identity provider's discovery, token and key endpoints, when the web app signs in there.
    `connect-src 'self'${issuer ? ` ${new URL(issuer).origin}` : ''}`,
    "frame-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/**
 * The Temporal UI calls the codec endpoint from the browser: its origin (and only it) may, with
 * the headers the UI sends; a preflight is answered here, before authentication.
 */
function codecCors(origin: string | undefined) {
  const allowed = origin ? new URL(origin).origin : undefined;
  return (req: Request, res: Response, next: NextFunction) => {
    if (allowed && req.headers.origin === allowed) {
      res.setHeader('Access-Control-Allow-Origin', allowed);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, X-Namespace');
      res.setHeader('Access-Control-Allow-Methods', 'POST');
      res.setHeader('Vary', 'Origin');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/** Everything main.ts does to the app besides listening; e2e tests apply the same to their module. */
export function configureApiApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  // No framework banner; no framing (clickjacking); no content sniffing; no referrer leaving the site.
  app.disable('x-powered-by');
  const config = app.get<Config>(CONFIG);
  const APP_CSP = appCsp(config.AUTH_WEB_CLIENT_ID ? config.AUTH_ISSUER : undefined);
  app.use((req: Request, res: Response, next: NextFunction) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    // The web app runs no inline script and loads nothing from elsewhere; Swagger UI keeps its own.
    res.setHeader('Content-Security-Policy', req.path.startsWith('/api/docs') ? "frame-ancestors 'none'" : APP_CSP);
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.use('/api/v1/temporal-codec', codecCors(config.TEMPORAL_UI_ORIGIN));
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
  // No body is parsed here, before authentication: JSON after the guard, for routes that take a
  // body (BodyAfterAuthInterceptor); CSV imports and uploaded files by their routes (readBody).
  app.use(methodNotAllowed(() => buildOpenApi(app)));
  app.use(refuseNulCharacters);
  app.enableShutdownHooks();
  serveOpenApi(app);
  serveWebApp(app);
  return app;
}

export async function createApiApp(): Promise<NestExpressApplication> {
  return configureApiApp(
    await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false }),
  );
}
