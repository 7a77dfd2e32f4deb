// The data source the TypeORM CLI loads (npm run migration:*). It reads DATABASE_URL only.
import { createDataSource } from './data-source';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: the TypeORM CLI needs it to reach Postgres.');

export default createDataSource({ url, poolSize: 1 });
