import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CONFIG, type Config } from '../../../libs/config/src';
import { sweepWarnings } from '../../../libs/persistence/src/read-models/warning-sweeper';

/**
 * Each worker sweeps for stages whose 75 % warning has come (release 0.3 clocks set no timer for
 * it): every WARNING_SWEEP_S seconds, one sweep at a time; several workers share the work.
 */
@Injectable()
export class WarningSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WarningSweeper');
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    const every = this.config.WARNING_SWEEP_S;
    if (every === 0) return;
    this.timer = setInterval(() => void this.sweep(), every * 1000);
    this.timer.unref();
  }

  /** One sweep (skipped while the last is still running); a failed sweep is logged and tried next time. */
  sweep(): Promise<void> {
    this.sweeping ??= sweepWarnings(this.dataSource, new Date())
      .then((warned) => {
        if (warned) this.logger.log(`${warned} stage warning(s) issued`);
      })
      .catch((error: Error) => this.logger.warn(`warning sweep failed: ${error.message}`))
      .finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }
}
