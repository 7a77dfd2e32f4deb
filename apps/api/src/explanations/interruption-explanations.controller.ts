import { Controller, Get, HttpStatus, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { explainInterruption } from '../../../../libs/domain/src/explanation/interruption-explanation';
import type { ClockEvent } from '../../../../libs/domain/src/explanation/stage-explanation';
import { serviceTermsOf } from '../../../../libs/domain/src/service/service-terms';
import { catalogVersion, currentCalendar, InterruptionRow } from '../../../../libs/persistence/src';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { interruptionExplanationSchema } from './explanation.schemas';

const lapseClock = z.enum(['notice', 'arrival', 'restoration'], {
  message: 'must be one of notice, arrival, restoration',
});
const notExplained = () =>
  new ApiError(
    HttpStatus.NOT_FOUND,
    'not_found',
    'No such interruption clock for you, or it has not started.',
    [],
    '没有此停供事件的该项计时，或您无权查看',
  );

/** An interruption's clock explained: its deadline and what each affected account was booked, and why. */
@ApiTags('service')
@ApiBearerAuth()
@Controller('v1/interruptions')
export class InterruptionExplanationsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get(':id/stages/:stage/explanation')
  @Roles('staff', 'admin', 'applicant')
  @ApiOperation({
    summary:
      "An interruption's clock (notice before a planned one, repair arrival, restoration) explained: its limit, start and deadline, and what each affected account was booked — the rule by its customer type, the minutes, the arithmetic, each payment, top-up, reversal and waiver. Staff their provider's, admins any, a business only its own accounts'.",
  })
  @ZodResponse(200, interruptionExplanationSchema, 'The explanation.')
  @ApiErrors(400, 401, 403, 404)
  async explain(
    @CurrentUser() user: Principal,
    @Param('id', { schema: z.uuid('must be an interruption id (a UUID)') }) id: string,
    @Param('stage', { schema: lapseClock }) stage: z.output<typeof lapseClock>,
  ) {
    const row = await this.dataSource.getRepository(InterruptionRow).findOneBy({ id });
    if (!row || (user.role === 'staff' && row.providerId !== user.provider)) throw notExplained();
    const rows: { type: string; data: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [`interruption-${id}`],
    );
    const events: ClockEvent[] = rows.map((r) => ({ ...r.data, type: r.type }));
    const reported = events.find((e) => e.type === 'InterruptionReported');
    const catalog = reported ? await catalogVersion(this.dataSource, Number(reported.catalogVersion)) : undefined;
    const own = (a: { customerId: string }) => user.role !== 'applicant' || a.customerId === user.sub;
    if (user.role === 'applicant' && !((reported?.accounts as { customerId: string }[] | undefined) ?? []).some(own))
      throw notExplained();
    const explanation =
      catalog &&
      explainInterruption({
        events,
        stage,
        terms: serviceTermsOf(catalog),
        calendar: await currentCalendar(this.dataSource),
        now: new Date(),
        accounts: own,
      });
    if (!explanation || (stage === 'notice' && !explanation.accounts.length && user.role === 'applicant'))
      throw notExplained();
    return { interruptionId: id, ...explanation };
  }
}
