import { Controller, Get, HttpStatus, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import {
  ACCEPTED_MEDIA_TYPES,
  DOCUMENT_KINDS,
  MAX_DOCUMENT_BYTES,
  type DocumentKind,
} from '../../../../libs/domain/src/documents/documents';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { Principal } from '../auth/principal';
import { ApiError } from '../common/api-error';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { readBody } from '../common/read-body';
import { idParam } from '../applications/dto';
import { DocumentRefs } from './document-refs';
import { DocumentsQueries } from './documents.queries';

const uploadQuery = z.object({
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string().trim().min(1).max(255),
});

export const uploadedDocument = z.object({
  id: z.string(),
  kind: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
});

@ApiTags('documents')
@ApiBearerAuth()
@Controller('v1/documents')
export class DocumentsController {
  constructor(
    private readonly refs: DocumentRefs,
    private readonly queries: DocumentsQueries,
  ) {}

  @Post()
  @Roles('applicant')
  @ApiOperation({
    summary:
      'Upload a file for the form or a supplement (PDF, JPEG or PNG, told by its content; at most 20 MB). Name it afterwards by the id returned.',
  })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ZodResponse(201, uploadedDocument, 'Stored; the SHA-256 of its content is what the events will record.')
  @ApiErrors(400, 401, 403, 413, 415)
  async upload(
    @CurrentUser() user: Principal,
    @Query({ schema: uploadQuery }) query: { kind: DocumentKind; filename: string },
    @Req() req: Request,
  ) {
    const octets = /^application\/octet-stream\b/i.test(req.headers['content-type'] ?? '');
    const body = octets ? await readBody(req, MAX_UPLOAD_BYTES) : undefined;
    if (!body || body.length === 0)
      throw new ApiError(
        HttpStatus.BAD_REQUEST,
        'validation_failed',
        'Send the file itself as the body, with content-type application/octet-stream.',
        [{ path: '(body)', rule: 'required', message: 'the file is empty or missing', messageZh: '文件为空或未上传' }],
        '未收到文件内容',
      );
    // What the file is, by its first bytes: a renamed program is not a PDF.
    const detected = await fileTypeFromBuffer(body);
    if (!detected || !(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(detected.mime))
      throw new ApiError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'validation_failed',
        `The file's content is ${detected ? detected.mime : 'of no known type'}; only PDF, JPEG and PNG files are taken.`,
        [
          {
            path: '(body)',
            rule: 'unsupported_type',
            message: 'only PDF, JPEG and PNG files are taken (told by the content, not the name)',
            messageZh: '仅支持 PDF、JPG、PNG 文件（按文件内容识别，与文件名无关）',
            params: { detected: detected?.mime ?? 'unknown', accepted: [...ACCEPTED_MEDIA_TYPES] },
          },
        ],
        `文件内容不是 PDF、JPG 或 PNG${detected ? `（识别为 ${detected.ext}）` : ''}`,
      );
    const stored = await this.refs.store.save({
      ownerId: user.sub,
      kind: query.kind,
      filename: query.filename,
      mediaType: detected.mime,
      content: body,
    });
    const { ownerId: _o, uploadedAt: _u, ...reply } = stored;
    return reply;
  }

  @Get(':id')
  @ApiOperation({ summary: 'A file, to whoever may see the application it belongs to (staff: their utility’s kinds).' })
  // Only the 200 is the file; the errors are the usual JSON.
  @ApiResponse({
    status: 200,
    description: 'The file as uploaded.',
    content: Object.fromEntries(
      ACCEPTED_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
    ),
  })
  @ApiErrors(400, 401, 404)
  async download(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string, @Res() res: Response) {
    const file = await this.queries.openable(id, user);
    res
      .type(file.mediaType)
      .setHeader('x-content-type-options', 'nosniff')
      .setHeader('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .send(file.content);
  }
}

export const applicationDocuments = z.object({
  items: z.array(uploadedDocument.extend({ via: z.string(), attachedAt: z.iso.datetime().or(z.date()) })),
  required: z.array(z.string()),
  missing: z.array(z.string()),
});

@ApiTags('documents')
@ApiBearerAuth()
@Controller('v1/applications')
export class ApplicationDocumentsController {
  constructor(private readonly queries: DocumentsQueries) {}

  @Get(':id/documents')
  @ApiOperation({
    summary:
      "An application's files, the kinds its services need (from the catalog pinned at submission) and those still missing. Staff see the kinds their utility needs.",
  })
  @ZodResponse(200, applicationDocuments, 'The files, required kinds and missing kinds.')
  @ApiErrors(400, 401, 404)
  list(@CurrentUser() user: Principal, @Param('id', { schema: idParam }) id: string) {
    return this.queries.list(id, user);
  }
}

/** The largest body the upload route's parser takes (a larger one is a 413 naming the limit). */
export const MAX_UPLOAD_BYTES = MAX_DOCUMENT_BYTES;
