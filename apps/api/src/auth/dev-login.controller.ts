import { Body, Controller, Inject, Logger, NotFoundException, OnModuleInit, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CONFIG, devLoginEnabled, type Config } from '../../../../libs/config/src';
import { Public } from './auth.decorators';
import { ZodBody } from '../common/openapi-body';
import { ApiErrors } from '../common/openapi-errors';
import { devLogin, ZodResponse } from '../common/responses';
import { principalSchema, type Principal } from './principal';
import { signDevToken } from './tokens';

/**
 * The development login for the embedded default and the web UI: pick a role, get a token.
 * It exists only with DEV_LOGIN=on (the embedded launcher and tests set it); it answers 404
 * otherwise, and production refuses to start with it on.
 */
@ApiTags('auth')
@Controller('v1/dev')
export class DevLoginController implements OnModuleInit {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  onModuleInit(): void {
    if (devLoginEnabled(this.config))
      new Logger('Auth').warn(
        'DEV_LOGIN=on: POST /api/v1/dev/login hands anyone a token for ANY role, admin included. ' +
          'For the embedded default and tests only — never expose this API.',
      );
  }

  @Public()
  @Post('login')
  @ZodBody(principalSchema)
  @ApiOperation({ summary: 'Development only (DEV_LOGIN=on): a token for any role; 404 otherwise' })
  @ZodResponse(201, devLogin, 'A signed development token and the principal it carries.')
  @ApiErrors(400, 404)
  async login(@Body({ schema: principalSchema }) principal: Principal) {
    if (!devLoginEnabled(this.config) || !this.config.JWT_SECRET) throw new NotFoundException();
    return { token: await signDevToken(this.config.JWT_SECRET, principal), principal };
  }
}
