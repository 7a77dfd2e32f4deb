import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { refreshBusinessGauges, type Metrics } from '../../../../libs/metrics/src';
import { Public } from '../auth/auth.decorators';

export const METRICS = Symbol('METRICS');

/** Prometheus metrics at /metrics (outside /api): process, HTTP and business series. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  @Get()
  @Public()
  async scrape(@Res() res: Response): Promise<void> {
    if (this.dataSource.isInitialized)
      await refreshBusinessGauges(this.metrics, (sql) => this.dataSource.query(sql)).catch(() => undefined);
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
