import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { CONFIG, type Config } from '../../config/src';
import { maskPersonalData, maskText } from './mask';

/**
 * Structured JSON logs (pino) for every app. Credentials are redacted by path; personal data is
 * masked by shape in every record and message (./mask.ts), once here rather than at call sites.
 */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie'];

export const pinoOptions = (level: string) => ({
  level,
  redact: { paths: REDACTED_PATHS, censor: '[masked]' },
  formatters: { log: (record: Record<string, unknown>) => maskPersonalData(record) },
  hooks: {
    logMethod(this: unknown, args: unknown[], method: (...a: unknown[]) => void) {
      method.apply(
        this,
        args.map((a) => (typeof a === 'string' ? maskText(a) : a)),
      );
    },
  },
});

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: Config) => ({
        pinoHttp: {
          ...pinoOptions(config.LOG_LEVEL),
          autoLogging: { ignore: (req) => req.url === '/api/health' || req.url === '/metrics' },
          customProps: () => ({ service: 'lianbao' }),
          // A request id on every line of a request: the caller's X-Request-Id, or a new one, echoed back.
          genReqId: (req, res) => {
            const given = req.headers['x-request-id'];
            const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader('x-request-id', id);
            return id;
          },
          ...(config.LOG_FILE
            ? { stream: pino.destination({ dest: config.LOG_FILE, append: true, sync: true, mkdir: true }) }
            : (config.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json')) === 'pretty'
              ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss' } } }
              : {}),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
