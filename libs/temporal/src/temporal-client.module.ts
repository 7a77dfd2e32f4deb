import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { CONFIG, type Config } from '../../config/src';
import { dataConverterFor } from './codec';
import { temporalConnectionOptions } from './connection';

/**
 * The Temporal client for the API. The connection is lazy so the API boots while Temporal is
 * unreachable (health reports it) and connects on first use.
 */
class TemporalClientCloser implements OnApplicationShutdown {
  constructor(@Inject(Connection) private readonly connection: Connection) {}

  async onApplicationShutdown(): Promise<void> {
    await this.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: Connection,
      inject: [CONFIG],
      useFactory: (config: Config) => Connection.lazy(temporalConnectionOptions(config)),
    },
    {
      provide: Client,
      inject: [CONFIG, Connection],
      useFactory: (config: Config, connection: Connection) =>
        new Client({
          connection,
          namespace: config.TEMPORAL_NAMESPACE,
          dataConverter: dataConverterFor(config.TEMPORAL_CODEC_KEYS),
        }),
    },
    TemporalClientCloser,
  ],
  exports: [Client, Connection],
})
export class TemporalClientModule {}
