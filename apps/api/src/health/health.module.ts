import { Module } from '@nestjs/common';
import { createMetrics } from '../../../../libs/metrics/src';
import { HealthController } from './health.controller';
import { METRICS, MetricsController } from './metrics.controller';

@Module({
  controllers: [HealthController, MetricsController],
  providers: [{ provide: METRICS, useFactory: () => createMetrics('api') }],
  exports: [METRICS],
})
export class HealthModule {}
