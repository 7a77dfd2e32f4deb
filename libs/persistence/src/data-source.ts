import { DataSource } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
  /** Milliseconds a new connection may take before the attempt fails. */
  connectTimeoutMs?: number;
}

/** The one way Lianbao builds a TypeORM data source: explicit entities and migrations, never synchronize. */
export function createDataSource({ url, poolSize = 10, connectTimeoutMs = 5000 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize, connectionTimeoutMillis: connectTimeoutMs },
  });
}
