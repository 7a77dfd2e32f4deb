import fs from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { projectRoot } from '../../../libs/config/src';

/** Where `npm run build` puts the web app (apps/web, built by Vite). */
export const WEB_DIST = path.join(projectRoot, 'dist', 'web');

/**
 * Serves the web app on the API's own origin: its files at `/`, and index.html for every other
 * GET that is not the API's (the app routes in the browser). Nothing when it has not been built.
 */
export function serveWebApp(app: NestExpressApplication, dir = WEB_DIST): boolean {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return false;
  // Hashed assets are immutable; index.html is always revalidated so a new build is picked up.
  app.useStaticAssets(path.join(dir, 'assets'), {
    prefix: '/assets',
    immutable: true,
    maxAge: '365d',
    index: false,
    fallthrough: false,
  });
  app.useStaticAssets(dir, { index: false, maxAge: 0 });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path.startsWith('/api') || req.path === '/metrics') return next();
    if (!req.accepts('html')) return next();
    res.set('Cache-Control', 'no-cache').sendFile(index);
  });
  return true;
}
