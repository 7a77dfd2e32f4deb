import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { NativeConnection, Worker } from '@temporalio/worker';
import { CONFIG, type Config } from '../../../libs/config/src';
import { temporalConnectionOptions, workerDataConverterFor } from '../../../libs/temporal/src';
import { ACTIVITIES, type Activities } from './activities.provider';
import { workflowSource } from './workflow-bundle';

/** Owns the Temporal worker: creates it with the injected activities, runs it, drains it on shutdown. */
@Injectable()
export class TemporalWorkerService implements OnApplicationShutdown {
  private readonly logger = new Logger('TemporalWorker');
  private worker?: Worker;
  private connection?: NativeConnection;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(ACTIVITIES) private readonly activities: Activities,
  ) {}

  async create(): Promise<Worker> {
    const { address, tls, apiKey } = temporalConnectionOptions(this.config);
    this.connection = await NativeConnection.connect({ address, tls, apiKey });
    this.worker = await Worker.create({
      connection: this.connection,
      namespace: this.config.TEMPORAL_NAMESPACE,
      taskQueue: this.config.TEMPORAL_TASK_QUEUE,
      activities: this.activities,
      dataConverter: workerDataConverterFor(this.config.TEMPORAL_CODEC_KEYS),
      ...workflowSource(this.config.WORKFLOW_BUNDLE_PATH),
    });
    return this.worker;
  }

  /** Resolves when the worker has stopped (after shutdown() drains in-flight tasks). */
  async run(): Promise<void> {
    const worker = this.worker ?? (await this.create());
    this.logger.log(`polling task queue "${this.config.TEMPORAL_TASK_QUEUE}"`);
    await worker.run();
    await this.connection?.close();
  }

  onApplicationShutdown(): void {
    if (this.worker?.getState() === 'RUNNING') this.worker.shutdown();
  }
}
