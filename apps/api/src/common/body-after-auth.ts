import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import express, { type Request, type RequestHandler, type Response } from 'express';
import type { Observable } from 'rxjs';
import { hasNul, nulCharacterError } from './no-nul';

/** Where Nest records a handler's parameters; `3:<index>` is a @Body() (RouteParamtypes.BODY). */
const ROUTE_ARGS_METADATA = '__routeArguments__';
const BODY = 3;

const takesBody = (context: ExecutionContext): boolean => {
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, context.getClass(), context.getHandler().name) as
    Record<string, unknown> | undefined;
  return Object.keys(args ?? {}).some((key) => key.split(':')[0] === String(BODY));
};

const run = (handler: RequestHandler, req: Request, res: Response) =>
  new Promise<void>((resolve, reject) => handler(req, res, (error?: unknown) => (error ? reject(error) : resolve())));

/**
 * JSON bodies are parsed here — after the guard has checked the token (interceptors run after
 * guards), and only for routes that take a body — rather than by a middleware for every request
 * anyone sends. Then no text in the body may hold U+0000 (Postgres cannot store it): a 400 naming
 * the body, found by a walk with its own stack however deep the JSON nests.
 */
@Injectable()
export class BodyAfterAuthInterceptor implements NestInterceptor {
  private readonly json = express.json({ limit: '1mb' });

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http' && takesBody(context)) {
      const http = context.switchToHttp();
      const req = http.getRequest<Request>();
      await run(this.json, req, http.getResponse<Response>());
      if (hasNul(req.body)) throw nulCharacterError();
    }
    return next.handle();
  }
}
