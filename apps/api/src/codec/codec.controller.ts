import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { temporal } from '@temporalio/proto';
import { z } from 'zod';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { AesGcmPayloadCodec, parseCodecKeys, UnknownCodecKeyError } from '../../../../libs/temporal/src/codec';
import { Roles } from '../auth/auth.decorators';
import { ApiError } from '../common/api-error';
import { ZodBody } from '../common/openapi-body';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';

const base64 = z
  .string()
  .max(2_000_000)
  .regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'base64 (padded)');
/** Payloads as the Temporal UI and CLI send them to a codec server (protobuf JSON: bytes in base64). */
const payloads = z.object({
  payloads: z
    .array(z.object({ metadata: z.record(z.string().max(100), base64).optional(), data: base64.optional() }))
    .max(1000),
});
type Payloads = z.output<typeof payloads>;

const toProto = (body: Payloads) => body.payloads.map((p) => temporal.api.common.v1.Payload.fromObject(p));
const toJson = (list: temporal.api.common.v1.IPayload[]) => ({
  payloads: list.map((p) =>
    temporal.api.common.v1.Payload.toObject(temporal.api.common.v1.Payload.create(p), { bytes: String }),
  ),
});

/**
 * The codec server (Temporal's remote codec protocol) for operators: the Temporal UI or
 * `temporal workflow show --codec-endpoint` shows histories decoded through it. Admins only; the
 * UI's origin may call it from the browser (TEMPORAL_UI_ORIGIN, see bootstrap's CORS). What it
 * opens is what the codec sealed: the applicant's personal fields inside stay sealed with their
 * own key, so an erased applicant stays erased here too.
 */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/temporal-codec')
export class CodecController {
  private readonly codec?: AesGcmPayloadCodec;

  constructor(@Inject(CONFIG) config: Config) {
    if (config.TEMPORAL_CODEC_KEYS) this.codec = new AesGcmPayloadCodec(parseCodecKeys(config.TEMPORAL_CODEC_KEYS));
  }

  @Post('decode')
  @HttpCode(200)
  @ApiOperation({ summary: "Decode Temporal payloads (the Temporal UI's codec endpoint)." })
  @ZodBody(payloads)
  @ZodResponse(200, payloads, 'The payloads decoded; ones the codec did not encode come back as they were.')
  @ApiErrors(400, 401, 403, 409)
  async decode(@Body({ schema: payloads }) body: Payloads) {
    try {
      return toJson(await this.required().decode(toProto(body)));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw new ApiError(
        409,
        'conflict',
        error instanceof UnknownCodecKeyError ? error.message : 'A payload could not be decrypted.',
        [{ path: 'payloads', rule: 'decryptable', message: (error as Error).message }],
        '无法解密该数据',
      );
    }
  }

  @Post('encode')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Encode Temporal payloads under the current key (for `temporal workflow start` by an operator).',
  })
  @ZodBody(payloads)
  @ZodResponse(200, payloads, 'The payloads encrypted under the current key.')
  @ApiErrors(400, 401, 403, 409)
  async encode(@Body({ schema: payloads }) body: Payloads) {
    return toJson(await this.required().encode(toProto(body)));
  }

  private required(): AesGcmPayloadCodec {
    if (!this.codec)
      throw new ApiError(
        409,
        'conflict',
        'No payload codec is configured (TEMPORAL_CODEC_KEYS): payloads are not encrypted here.',
        [{ path: 'config.TEMPORAL_CODEC_KEYS', rule: 'configured', message: 'not set' }],
        '未配置载荷加密',
      );
    return this.codec;
  }
}
