import { Global, Module } from '@nestjs/common';
import { loadConfig } from './config';

export const CONFIG = Symbol('CONFIG');

/** The one config provider: the validated environment, read once when the module is built. */
@Global()
@Module({
  providers: [{ provide: CONFIG, useFactory: () => loadConfig() }],
  exports: [CONFIG],
})
export class ConfigModule {}
