import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { DataSource } from 'typeorm';
import { mayScrape, refreshBusinessGauges, type Metrics } from '../../../../libs/metrics/src';
import { Public } from '../auth/auth.decorators';

export const METRICS = Symbol('METRICS');

/** Prometheus metrics at /metrics (outside /api): process, HTTP and business series, for operators only. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(METRICS) private readonly metrics: Metrics,
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  @Get()
  @Public()
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (!mayScrape(req, this.config.METRICS_TOKEN)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.type('text/plain').send('metrics need Authorization: Bearer <METRICS_TOKEN>\n');
      return;
    }
    if (this.dataSource.isInitialized)
      await refreshBusinessGauges(this.metrics, (sql) => this.dataSource.query(sql)).catch(() => undefined);
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }
}
