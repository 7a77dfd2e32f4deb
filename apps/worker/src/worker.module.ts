import { Module } from '@nestjs/common';
import { ConfigModule } from '../../../libs/config/src';
import { LoggingModule } from '../../../libs/logging/src';
import { DatabaseModule } from '../../../libs/persistence/src';
import { activitiesProvider } from './activities.provider';
import { WorkerMetricsServer, workerMetricsProvider } from './metrics-server';
import { TemporalWorkerService } from './temporal-worker.service';
import { WarningSweeperService } from './warning-sweeper.service';

/** The worker's root module: no HTTP, the same config/logging/database providers as the API. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule],
  providers: [
    workerMetricsProvider,
    WorkerMetricsServer,
    activitiesProvider,
    TemporalWorkerService,
    WarningSweeperService,
  ],
  exports: [TemporalWorkerService, WorkerMetricsServer],
})
export class WorkerModule {}
