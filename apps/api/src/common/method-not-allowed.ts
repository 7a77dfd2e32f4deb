import type { NextFunction, Request, Response } from 'express';
import type { OpenAPIObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * A path the API serves, asked with a method it does not declare, answers 405 with an Allow
 * header — not 404, which would say the resource does not exist. The routes come from the
 * OpenAPI document, so the answer cannot drift from what is documented.
 */
export function methodNotAllowed(document: () => OpenAPIObject) {
  let routes: { pattern: RegExp; allowed: Set<string> }[] | undefined;
  const build = () =>
    Object.entries(document().paths).map(([path, item]) => {
      const allowed = new Set(METHODS.filter((m) => (item as Record<string, unknown>)[m]).map((m) => m.toUpperCase()));
      if (allowed.has('GET')) allowed.add('HEAD');
      const pattern = new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`);
      return { pattern, allowed };
    });
  return (req: Request, res: Response, next: NextFunction) => {
    routes ??= build();
    const route = routes.find((r) => r.pattern.test(req.path));
    if (!route || route.allowed.has(req.method)) return next();
    const allow = [...route.allowed].join(', ');
    res
      .status(405)
      .set('Allow', allow)
      .json({
        error: {
          code: 'method_not_allowed',
          message: `${req.method} is not allowed here; use ${allow}.`,
          details: [{ path: '(method)', rule: 'method_not_allowed', message: `allowed: ${allow}` }],
        },
      });
  };
}
