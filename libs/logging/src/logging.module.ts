import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CONFIG, type Config } from '../../config/src';

/**
 * Structured JSON logs (pino) for every app. Credentials and personal data are redacted here,
 * once, rather than at each call site.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  '*.mobile',
  '*.phone',
  '*.idNumber',
  '*.creditCode',
  '*.*.mobile',
  '*.*.phone',
];

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [CONFIG],
      useFactory: (config: Config) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: { paths: REDACTED_PATHS, censor: '[masked]' },
          autoLogging: { ignore: (req) => req.url === '/api/health' },
          customProps: () => ({ service: 'lianbao' }),
        },
      }),
    }),
  ],
})
export class LoggingModule {}
