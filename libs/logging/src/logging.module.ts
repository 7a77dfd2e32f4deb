import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
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
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          customProps: () => ({ service: 'lianbao' }),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
