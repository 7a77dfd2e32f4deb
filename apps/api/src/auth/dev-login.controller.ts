import { Body, Controller, Inject, NotFoundException, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CONFIG, devLoginEnabled, type Config } from '../../../../libs/config/src';
import { Public } from './auth.decorators';
import { ZodBody } from '../common/openapi-body';
import { principalSchema, type Principal } from './principal';
import { signDevToken } from './tokens';

/**
 * The development login for the embedded default and the web UI: pick a role, get a token.
 * It answers 404 in production (NODE_ENV=production) or with DEV_LOGIN=off.
 */
@ApiTags('auth')
@Controller('v1/dev')
export class DevLoginController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Public()
  @Post('login')
  @ZodBody(principalSchema)
  @ApiOperation({ summary: 'Development only: a token for any role (off in production)' })
  async login(@Body({ schema: principalSchema }) principal: Principal) {
    if (!devLoginEnabled(this.config) || !this.config.JWT_SECRET) throw new NotFoundException();
    return { token: await signDevToken(this.config.JWT_SECRET, principal), principal };
  }
}
