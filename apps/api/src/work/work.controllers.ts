import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { UTILITIES, type Utility } from '../../../../libs/domain/src/form/utilities';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, actionReply, page, task } from '../common/responses';
import { pageQuery } from '../common/pagination';
import { actOn } from '../applications/act';
import { ApplicationCommands } from '../applications/application-commands';
import { ApplicationsQueries } from '../applications/applications.queries';

const ROAD_PERMIT = /-permit$/;
/** /tasks counts open work up to this many; beyond it, `total` is this and `totalIsAtLeast` is true. */
const TASKS_COUNTED = 10_000;

@ApiTags('work')
@ApiBearerAuth()
@Controller('v1')
export class TasksController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get('tasks')
  @Roles('window', 'staff', 'agency')
  @ApiOperation({
    summary:
      'Open work of the caller (the window, a provider, an agency), nearest deadline first; paged in a stable order (deadline, application, utility, stage).',
  })
  @ZodResponse(
    200,
    page(task).extend({ totalIsAtLeast: z.boolean() }),
    'One page of open stages of the caller, nearest deadline first; `total` counts up to 10 000 (`totalIsAtLeast` when there are more).',
  )
  @ApiErrors(400, 401, 403)
  async tasks(
    @CurrentUser() user: Principal,
    @Query({ schema: z.object(pageQuery) }) query: { page: number; pageSize: number },
  ) {
    const party =
      user.role === 'window'
        ? { kind: 'window', id: null }
        : user.role === 'staff'
          ? { kind: 'provider', id: user.provider! }
          : { kind: 'agency', id: user.agency! };
    const mine = `FROM application_stages st
        WHERE st.party_kind = $1 AND ${party.id === null ? 'st.party_id IS NULL' : 'st.party_id = $2'}
          AND st.status IN ('open', 'paused') AND st.stage <> 'total'`;
    // Plain = or IS NULL (not IS NOT DISTINCT FROM), so the partial index on open stages serves it.
    const params: unknown[] = party.id === null ? [party.kind] : [party.kind, party.id];
    const [rows, [{ total }]]: [Record<string, unknown>[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT st.application_id, a.number, a.company_name, a.utilities, a.submitted_at, a.site_risk, st.track, st.stage, st.status, st.sla_state,
                st.started_at, st.due_at, st.paused_ms, st.paused_since, st.pauses
           FROM (SELECT st.* ${mine}
                  ORDER BY st.due_at, st.application_id, st.track, st.stage
                  LIMIT $${params.length + 1} OFFSET $${params.length + 2}) st
           JOIN applications a ON a.id = st.application_id
          ORDER BY st.due_at, st.application_id, st.track, st.stage`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      // Counted up to a bound: a work list of thousands is read by its first pages, and counting
      // every open stage of a large provider would cost more than the page itself.
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM (SELECT 1 ${mine} LIMIT ${TASKS_COUNTED + 1}) counted`,
        params,
      ),
    ]);
    const items = rows.map((r) => ({
      applicationId: r.application_id,
      applicationNumber: r.number,
      companyName: r.company_name,
      utilities: r.utilities,
      submittedAt: r.submitted_at,
      track: r.track,
      stage: r.stage,
      status: r.status,
      slaState: r.sla_state,
      startedAt: r.started_at,
      dueAt: r.due_at,
      pausedMs: Number(r.paused_ms),
      pausedSince: r.paused_since,
      pauses: r.pauses,
      // The window decides acceptance knowing what the zone register says of the site.
      ...(user.role === 'window' ? { siteRisk: r.site_risk } : {}),
      ...(ROAD_PERMIT.test(String(r.stage)) ? { permitId: `${r.application_id}.${r.track}` } : {}),
    }));
    return {
      items,
      page: query.page,
      pageSize: query.pageSize,
      total: Math.min(total, TASKS_COUNTED),
      totalIsAtLeast: total > TASKS_COUNTED,
    };
  }
}

const permitIdParam = z
  .string()
  .regex(new RegExp(`^[0-9a-f-]{36}\\.(${UTILITIES.join('|')})$`), 'must be <application id>.<utility>');
const permitDecisionBody = z
  .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(2000).optional() })
  .refine((d) => d.decision === 'approve' || (d.reason && d.reason.length > 0), {
    message: 'a rejection needs a reason',
    path: ['reason'],
  });

@ApiTags('work')
@ApiBearerAuth()
@Controller('v1/permits')
export class PermitsController {
  constructor(
    private readonly queries: ApplicationsQueries,
    private readonly commands: ApplicationCommands,
  ) {}

  @Post(':id/decision')
  @HttpCode(200)
  @Roles('agency')
  @ZodBody(permitDecisionBody, 'The agency comes from the token.')
  @ApiOperation({ summary: 'A road agency approves or rejects its part of a road-excavation permit (占掘路).' })
  @ZodResponse(200, actionReply, 'The decision’s result and the application as the agency sees it.')
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async decide(
    @CurrentUser() user: Principal,
    @Param('id', { schema: permitIdParam }) id: string,
    @Body({ schema: permitDecisionBody }) body: z.output<typeof permitDecisionBody>,
  ) {
    const [applicationId, utility] = id.split('.') as [string, Utility];
    return actOn(
      this.queries,
      applicationId,
      user,
      () => this.commands.permitDecision(applicationId, utility, user, { agency: user.agency!, ...body }),
      utility,
    );
  }
}
