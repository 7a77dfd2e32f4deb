import { Module } from '@nestjs/common';
import { ConfigModule } from '../../../libs/config/src';
import { LoggingModule } from '../../../libs/logging/src';
import { DatabaseModule } from '../../../libs/persistence/src';
import { activitiesProvider } from './activities.provider';
import { TemporalWorkerService } from './temporal-worker.service';

/** The worker's root module: no HTTP, the same config/logging/database providers as the API. */
@Module({
  imports: [ConfigModule, LoggingModule, DatabaseModule],
  providers: [activitiesProvider, TemporalWorkerService],
  exports: [TemporalWorkerService],
})
export class WorkerModule {}
