import { Controller, Get, HttpStatus, Inject, Param, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { UTILITIES } from '../../../../libs/domain/src/form/utilities';
import { NETWORK_CSV_COLUMNS, parseNetworkCsv } from '../../../../libs/domain/src/networks/network-csv';
import { parseNetworkUpload, type UploadResult } from '../../../../libs/domain/src/networks/network-upload';
import { catalogAt } from '../../../../libs/persistence/src';
import { WrongExpectedVersionError } from '../../../../libs/persistence/src/event-store/event-store';
import { networkAsOf, networkVersions, recordNetwork } from '../../../../libs/persistence/src/networks/network-store';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { hasNul, nulCharacterError } from '../common/no-nul';
import { ApiErrors } from '../common/openapi-errors';
import { readBody } from '../common/read-body';
import { ZodResponse } from '../common/responses';
import { providerId } from '../service/service-schemas';
import { recordedSchema, segmentsQuery, segmentsSchema, uploadQuery, versionsSchema } from './networks.schemas';

const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

/**
 * The shared network register (共享管线数据库): each provider loads its own network (GeoJSON or a
 * CSV of WKT lines), every version recorded; staff and the district look at what lies in a box.
 * Not public: it is critical infrastructure.
 */
@ApiTags('networks')
@ApiBearerAuth()
@Controller('v1/networks')
export class NetworksController {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  @Post(':providerId')
  @Roles('staff', 'admin')
  @ApiConsumes('application/geo+json', 'text/csv')
  @ApiBody({
    description: `A GeoJSON FeatureCollection of LineString/MultiLineString features (each with an id and the attributes in properties; "coordinateSystem": WGS84, CGCS2000 or GCJ-02), or a CSV whose first line is ${NETWORK_CSV_COLUMNS.join(',')}. At most 50 MB.`,
    required: true,
    schema: { type: 'string' },
  })
  @ApiOperation({
    summary:
      "Replace a provider's network with the upload (staff their own provider's, the district any). Every problem of every feature is listed (400); nothing is recorded unless all is right. Only what differs becomes a new version; the same upload again records nothing.",
  })
  @ZodResponse(201, recordedSchema, 'Recorded (or unchanged: the version stays).')
  @ApiErrors(400, 401, 403, 404, 409, 413)
  async upload(
    @CurrentUser() user: Principal,
    @Param('providerId', { schema: providerId }) provider: string,
    @Query({ schema: uploadQuery }) q: z.output<typeof uploadQuery>,
    @Req() req: Request,
  ) {
    if (user.role === 'staff' && user.provider !== provider)
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        'Only your own provider’s network.',
        [],
        '只能上传本单位的管网',
      );
    const catalog = await catalogAt(this.dataSource, new Date());
    const utility = UTILITIES.find((u) => catalog.providers[u].id === provider);
    if (!utility) throw new ApiError(HttpStatus.NOT_FOUND, 'not_found', 'No such provider.', [], '未找到该供应单位');
    const type = req.headers['content-type'] ?? '';
    const raw = /^(text\/csv|application\/(geo\+)?json)\b/i.test(type)
      ? (await readBody(req, MAX_UPLOAD_BYTES)).toString('utf8')
      : '';
    if (!raw)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'Send the network as GeoJSON (application/geo+json) or CSV (text/csv).',
        [{ path: 'body', rule: 'required', message: 'GeoJSON or CSV' }],
        '请以 GeoJSON 或 CSV 格式上传管网',
      );
    if (raw.includes('\u0000')) throw nulCharacterError();
    let result: UploadResult;
    let source: 'geojson' | 'csv';
    if (/^text\/csv\b/i.test(type)) {
      result = parseNetworkCsv(raw, { id: provider, utility }, q.coordinateSystem);
      source = 'csv';
    } else {
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        throw new ApiError(
          HttpStatus.BAD_REQUEST,
          'validation_failed',
          'The body is not valid JSON.',
          [{ path: 'body', rule: 'invalid_json', message: 'not valid JSON' }],
          '内容不是有效的 JSON',
        );
      }
      if (hasNul(json)) throw nulCharacterError();
      result = parseNetworkUpload(json, { id: provider, utility });
      source = 'geojson';
    }
    if (!result.ok)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        `The network has ${result.problems.length} problem(s); nothing was recorded.`,
        result.problems
          .slice(0, 500)
          .map((p) => ({ path: p.path, rule: p.rule, message: p.message, messageZh: p.messageZh })),
        '管网数据有误，未记录',
      );
    try {
      const recorded = await recordNetwork(this.dataSource, {
        providerId: provider,
        utility,
        segments: result.segments,
        mode: 'replace',
        source,
        by: user.sub,
        at: new Date(),
      });
      return { providerId: provider, ...recorded };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError)
        throw new ApiError(
          HttpStatus.CONFLICT,
          'conflict',
          'Another upload of this network was being recorded: look at the versions and send again.',
          [],
          '该单位的管网正在被另一次上传更新，请稍后重试',
        );
      throw error;
    }
  }

  @Get(':providerId/versions')
  @Roles('staff', 'admin')
  @ApiOperation({ summary: "A provider's register versions, newest first: who recorded each, when, what it changed." })
  @ZodResponse(200, versionsSchema, 'The versions.')
  @ApiErrors(400, 401, 403)
  async versions(@CurrentUser() user: Principal, @Param('providerId', { schema: providerId }) provider: string) {
    if (user.role === 'staff' && user.provider !== provider)
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        'Only your own provider’s versions.',
        [],
        '只能查看本单位的版本',
      );
    const items = await networkVersions(this.dataSource, provider);
    return { items: items.map((v) => ({ ...v, at: new Date(v.at).toISOString() })) };
  }

  @Get()
  @Roles('staff', 'admin')
  @ApiOperation({
    summary:
      "The register's segments in a box (west,south,east,north; at most 0.05° a side), as they stand or as of a moment, as GeoJSON. Staff see their own provider's segments with every attribute and other utilities' with only what they are (utility, kind, status); the district sees everything.",
  })
  @ZodResponse(200, segmentsSchema, 'The segments in the box.')
  @ApiErrors(400, 401, 403)
  async segments(@CurrentUser() user: Principal, @Query({ schema: segmentsQuery }) q: z.output<typeof segmentsQuery>) {
    const when = q.asOf ? new Date(q.asOf) : new Date();
    const rows: { provider_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT provider_id FROM network_segments WHERE ($1::text IS NULL OR provider_id = $1)`,
      [q.providerId ?? null],
    );
    const segments = (
      await Promise.all(rows.map((r) => networkAsOf(this.dataSource, r.provider_id, when, q.bbox)))
    ).flat();
    return {
      type: 'FeatureCollection' as const,
      features: segments.map((s) => {
        const full = user.role === 'admin' || s.providerId === user.provider;
        const { utility, kind, status } = s.attributes;
        return {
          type: 'Feature' as const,
          id: s.id,
          geometry: s.geometry,
          properties: { providerId: s.providerId, ...(full ? s.attributes : { utility, kind, status }) },
        };
      }),
    };
  }
}
