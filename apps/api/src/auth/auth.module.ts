import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CONFIG, type Config } from '../../../../libs/config/src';
import { AuthGuard } from './auth.guard';
import { DevLoginController } from './dev-login.controller';
import { SessionController } from './session.controller';
import { TokenVerifier } from './tokens';

@Module({
  controllers: [DevLoginController, SessionController],
  providers: [
    { provide: TokenVerifier, inject: [CONFIG], useFactory: (config: Config) => new TokenVerifier(config) },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
