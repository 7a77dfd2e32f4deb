import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createActivities } from '../../../activities';
import type { Metrics } from '../../../libs/metrics/src';
import { WORKER_METRICS } from './metrics-server';
import { CONFIG, type Config } from '../../../libs/config/src';

export type Activities = ReturnType<typeof createActivities>;
export const ACTIVITIES = Symbol('ACTIVITIES');

/** Activities are built by a factory from their dependencies, so tests build them the same way. */
export const activitiesProvider: Provider = {
  provide: ACTIVITIES,
  inject: [DataSource, WORKER_METRICS, CONFIG],
  useFactory: (dataSource: DataSource, metrics: Metrics, config: Config): Activities =>
    createActivities({ dataSource, metrics, numberPrefix: config.APPLICATION_NUMBER_PREFIX }),
};
