import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../../libs/config/src';
import { createMetrics, mayScrape, refreshBusinessGauges, type Metrics } from '../../../libs/metrics/src';

export const WORKER_METRICS = Symbol('WORKER_METRICS');
export const workerMetricsProvider = { provide: WORKER_METRICS, useFactory: () => createMetrics('worker') };

/** The worker has no HTTP API; this serves its Prometheus series at /metrics on WORKER_METRICS_PORT. */
@Injectable()
export class WorkerMetricsServer implements OnModuleInit, OnApplicationShutdown {
  private server?: http.Server;

  constructor(
    @Inject(WORKER_METRICS) private readonly metrics: Metrics,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    this.server = http.createServer((req, res) => {
      if (req.url !== '/metrics') return void res.writeHead(404).end();
      if (!mayScrape(req, this.config.METRICS_TOKEN))
        return void res.writeHead(401, { 'www-authenticate': 'Bearer realm="metrics"' }).end();
      void (async () => {
        if (this.dataSource.isInitialized)
          await refreshBusinessGauges(this.metrics, (sql) => this.dataSource.query(sql)).catch(() => undefined);
        res
          .writeHead(200, { 'content-type': this.metrics.registry.contentType })
          .end(await this.metrics.registry.metrics());
      })();
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.config.WORKER_METRICS_PORT, this.config.HOST, resolve),
    );
    new Logger('Metrics').log(`worker metrics at http://${this.config.HOST}:${this.port}/metrics`);
  }

  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0;
  }

  async onApplicationShutdown(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}
