import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CONFIG, devLoginEnabled, type Config } from '../../../../libs/config/src';
import { ApiErrors } from '../common/openapi-errors';
import { ZodResponse } from '../common/responses';
import { CurrentUser, Public } from './auth.decorators';
import { ROLES, type Principal } from './principal';

const signInConfig = z.object({
  mode: z.enum(['oidc', 'dev', 'none']),
  issuer: z.string().optional(),
  clientId: z.string().optional(),
  scopes: z.string().optional(),
});
const me = z.object({
  sub: z.string(),
  role: z.enum(ROLES),
  name: z.string(),
  provider: z.string().optional(),
  agency: z.string().optional(),
});

/**
 * How the web app signs people in — read from the same settings the API verifies tokens with, so
 * the two cannot disagree — and who the API takes the bearer of a token to be.
 */
@ApiTags('auth')
@Controller('v1/auth')
export class SessionController {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  @Public()
  @Get('config')
  @ApiOperation({
    summary: 'How to sign in: at an OpenID Provider (issuer, client, scopes), the development sign-in, or neither.',
  })
  @ZodResponse(200, signInConfig, 'The sign-in the web app uses.')
  config_() {
    if (this.config.AUTH_ISSUER && this.config.AUTH_WEB_CLIENT_ID)
      return {
        mode: 'oidc' as const,
        issuer: this.config.AUTH_ISSUER,
        clientId: this.config.AUTH_WEB_CLIENT_ID,
        scopes: this.config.AUTH_WEB_SCOPES,
      };
    return { mode: devLoginEnabled(this.config) ? ('dev' as const) : ('none' as const) };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({
    summary: "The bearer's Lianbao identity as the API reads it from the token (403 no_role: signed in, no role).",
  })
  @ZodResponse(200, me, 'Who the token names, with the role, provider or agency taken from its claims.')
  @ApiErrors(401, 403)
  me(@CurrentUser() user: Principal) {
    return user;
  }
}
