import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { health, ZodResponse } from '../common/responses';
import { Connection } from '@temporalio/client';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { DatabaseConnector, listProblems } from '../../../../libs/persistence/src';
import { Public } from '../auth/auth.decorators';

const CHECK_TIMEOUT_MS = 2000;

type Check = { status: 'up' } | { status: 'down'; error: string };

async function within(ms: number, probe: () => Promise<unknown>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(DatabaseConnector) private readonly connector: DatabaseConnector,
    @Inject(Connection) private readonly temporal: Connection,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness of the API and its dependencies (database, Temporal)' })
  @ZodResponse(200, health, 'Everything is reachable (warnings say what is not right yet).')
  @ZodResponse(503, health, 'The database or Temporal is unreachable; `checks` says which.')
  async check(@Res({ passthrough: true }) res: Response) {
    const [database, temporal] = await Promise.all([
      this.dataSource.isInitialized
        ? within(CHECK_TIMEOUT_MS, () => this.dataSource.query('SELECT 1'))
        : Promise.resolve<Check>({ status: 'down', error: this.connector.lastError ?? 'not connected yet' }),
      this.checkTemporal(),
    ]);
    const ok = database.status === 'up' && temporal.status === 'up';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const warnings = database.status === 'up' ? await this.warnings() : [];
    return { status: ok ? 'ok' : 'unavailable', checks: { database, temporal }, warnings };
  }

  /** What works but is not right yet: open deadlines counted on weekdays past the known calendar. */
  private async warnings(): Promise<{ code: string; message: string; count: number }[]> {
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM application_stages WHERE beyond_known_calendar AND status IN ('open', 'paused')`,
    );
    const problems = await listProblems(this.dataSource);
    return [
      ...(count
        ? [
            {
              code: 'unknown_calendar',
              message: `${count} open deadline(s) reach a year whose official calendar is not loaded: they count plain weekdays until an admin loads it (POST /api/v1/calendar/years), then recompute.`,
              count,
            },
          ]
        : []),
      ...(problems.length
        ? [
            {
              code: 'event_store',
              message: `${problems.length} stream(s) could not record their last events (see the README's runbook): ${problems
                .map((p) => `${p.streamId}: ${p.kind} (${p.attempts} attempts)`)
                .join('; ')}`,
              count: problems.length,
            },
          ]
        : []),
    ];
  }

  /**
   * Bounded by a gRPC deadline and awaited to the end rather than raced against a timer: the
   * client retries UNAVAILABLE on timers of its own, and returning early would leave one pending.
   */
  private async checkTemporal(): Promise<Check> {
    try {
      await this.temporal.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () => this.temporal.healthService.check({}));
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', error: (error as Error).message };
    }
  }
}
