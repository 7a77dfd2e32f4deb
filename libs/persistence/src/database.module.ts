import { Global, Inject, Logger, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../config/src';
import { createDataSource } from './data-source';

const RETRY_MS = 2000;

/**
 * Connects the shared DataSource without blocking start-up: an API whose database is down still
 * boots and answers /api/health with 503, and recovers by itself once Postgres is back.
 */
class DatabaseConnector implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Database');
  private retry?: NodeJS.Timeout;
  private stopped = false;
  lastError?: string;

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.dataSource.initialize();
      this.lastError = undefined;
      this.logger.log('connected');
    } catch (error) {
      this.lastError = (error as Error).message;
      this.logger.warn(`not reachable (${this.lastError}); retrying every ${RETRY_MS} ms`);
      this.retry = setTimeout(() => void this.connect(), RETRY_MS);
      this.retry.unref();
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

export { DatabaseConnector };

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [CONFIG],
      useFactory: (config: Config) =>
        createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE }),
    },
    DatabaseConnector,
  ],
  exports: [DataSource, DatabaseConnector],
})
export class DatabaseModule {}
