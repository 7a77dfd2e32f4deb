import type { Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createActivities } from '../../../activities';

export type Activities = ReturnType<typeof createActivities>;
export const ACTIVITIES = Symbol('ACTIVITIES');

/** Activities are built by a factory from their dependencies, so tests build them the same way. */
export const activitiesProvider: Provider = {
  provide: ACTIVITIES,
  inject: [DataSource],
  useFactory: (dataSource: DataSource): Activities => createActivities({ dataSource }),
};
