import { Body, Controller, Get, HttpStatus, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { CurrentUser } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodBody } from '../common/openapi-body';
import { ZodResponse, notification, page } from '../common/responses';
import { iso } from '../service/service-schemas';
import { pageQuery } from '../common/pagination';

/** Who a notification goes to, for each role: a party (a provider, an agency, the window) or one applicant. */
function recipientOf(user: Principal): [string, string | null] {
  const recipient: Record<Principal['role'], [string, string | null]> = {
    applicant: ['applicant', user.sub],
    staff: ['provider', user.provider ?? null],
    agency: ['agency', user.agency ?? null],
    window: ['window', null],
    admin: ['admin', null],
  };
  return recipient[user.role];
}

/** The caller's notifications, as SQL over `notifications n`: $1 recipient kind, $2 recipient id (a party's own index). */
const mineFor = (id: string | null) =>
  id === null
    ? `n.recipient_kind = $1 AND n.recipient_id IS NULL AND $2::text IS NULL`
    : `n.recipient_kind = $1 AND n.recipient_id = $2`;
/** Read by $3: marked one by one, or older than the reader's "all read" mark. */
const READ = `(EXISTS (SELECT 1 FROM notification_reads r WHERE r.reader = $3 AND r.notification_id = n.id)
   OR COALESCE(n.created_at <= (SELECT m.read_through FROM notification_read_marks m WHERE m.reader = $3), false))`;

const unreadCount = z.object({ unread: z.number().int().min(0) });
const listQuery = z.object({ ...pageQuery, unread: z.enum(['true', 'false']).optional() });

/**
 * In-app notifications. A notification goes to a party — every clerk of the window, every member
 * of a provider's staff — and each person reads it for themselves: read state is per signed-in user.
 */
@ApiTags('work')
@ApiBearerAuth()
@Controller('v1/notifications')
export class NotificationsController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'In-app notifications for the caller, newest first, each saying whether the caller has read it.',
  })
  @ZodResponse(
    200,
    page(
      notification.extend({
        read: z.boolean(),
        applicationNumber: z.string().nullable().describe('The application it is about (JD-2026-000123), if any.'),
        companyName: z.string().nullable(),
      }),
    ).extend({ unread: z.number().int() }),
    'One page of the caller’s notifications, newest first, each with the application it is about; `unread` counts all the caller has not read.',
  )
  @ApiErrors(400, 401)
  async list(@CurrentUser() user: Principal, @Query({ schema: listQuery }) query: z.output<typeof listQuery>) {
    const params = [...recipientOf(user), user.sub];
    const MINE = mineFor(params[1]);
    const only = query.unread === 'true' ? `AND NOT ${READ}` : '';
    const [items, [counts]] = await Promise.all([
      this.dataSource.query(
        `SELECT n.id, n.recipient_kind AS "recipientKind", n.recipient_id AS "recipientId",
                n.application_id AS "applicationId", n.kind, n.message, n.message_zh AS "messageZh",
                n.created_at AS "createdAt", ${READ} AS read,
                a.number AS "applicationNumber", a.company_name AS "companyName"
           FROM notifications n LEFT JOIN applications a ON a.id = n.application_id
          WHERE ${MINE} ${only}
          ORDER BY n.created_at DESC, n.id LIMIT $4 OFFSET $5`,
        [...params, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS total, (count(*) FILTER (WHERE NOT ${READ}))::int AS unread
           FROM notifications n WHERE ${MINE}`,
        params,
      ),
    ]);
    const total = query.unread === 'true' ? counts.unread : counts.total;
    return { items, page: query.page, pageSize: query.pageSize, total, unread: counts.unread };
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of the caller’s notifications the caller has not read.' })
  @ZodResponse(200, unreadCount, 'The caller’s unread count.')
  @ApiErrors(401)
  async unread(@CurrentUser() user: Principal) {
    return { unread: await this.count(user) };
  }

  @Post(':id/read')
  @ApiOperation({
    summary: 'Marks one of the caller’s notifications read (for the caller only); again, nothing changes.',
  })
  @ZodResponse(201, unreadCount.extend({ id: z.string() }), 'Read; the caller’s unread count after it.')
  @ApiErrors(400, 401, 404)
  async read(@CurrentUser() user: Principal, @Param('id', { schema: z.string().min(1).max(200) }) id: string) {
    const MINE = mineFor(recipientOf(user)[1]);
    const [row] = await this.dataSource.query(
      `WITH target AS (SELECT n.id FROM notifications n WHERE n.id = $4 AND ${MINE}),
            marked AS (INSERT INTO notification_reads (reader, notification_id)
                       SELECT $3, id FROM target ON CONFLICT DO NOTHING RETURNING 1)
       SELECT (SELECT count(*) FROM target)::int AS found, (SELECT count(*) FROM marked)::int AS marked`,
      [...recipientOf(user), user.sub, id],
    );
    if (!row.found)
      throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such notification for you.', [], '未找到该通知');
    return { id, unread: await this.count(user) };
  }

  @Post('read-all')
  @ZodBody(
    z.object({ through: iso.optional() }),
    'Optional: the newest notification the caller saw (`createdAt`); one that arrived after it stays unread. Without a body, everything up to now.',
    { required: false },
  )
  @ApiOperation({ summary: 'Marks every notification of the caller up to a moment read (for the caller only).' })
  @ZodResponse(201, unreadCount, 'The caller’s unread count after it.')
  @ApiErrors(400, 401)
  async readAll(
    @CurrentUser() user: Principal,
    @Body({ schema: z.object({ through: iso.optional() }).default({}) }) body: { through?: string },
  ) {
    const through = body.through ? new Date(body.through) : new Date();
    // The mark only moves forward: an older "all read" sent late never unreads anything.
    await this.dataSource.query(
      `INSERT INTO notification_read_marks (reader, read_through) VALUES ($1, $2)
       ON CONFLICT (reader) DO UPDATE SET read_through = GREATEST(notification_read_marks.read_through, EXCLUDED.read_through)`,
      [user.sub, through],
    );
    return { unread: await this.count(user) };
  }

  private async count(user: Principal): Promise<number> {
    const MINE = mineFor(recipientOf(user)[1]);
    const [{ unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS unread FROM notifications n WHERE ${MINE} AND NOT ${READ}`,
      [...recipientOf(user), user.sub],
    );
    return unread;
  }
}
