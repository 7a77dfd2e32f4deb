import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../common/api-error';
import { PUBLIC, ROLES_KEY } from './auth.decorators';
import type { Role } from './principal';
import { NoRoleError, TokenVerifier } from './tokens';

/** Every route needs a valid bearer token unless marked @Public(); @Roles() narrows who may call. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const header: unknown = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match)
      throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        'unauthorized',
        'A bearer token is required.',
        [{ path: 'header.authorization', rule: 'required', message: 'send Authorization: Bearer <token>' }],
        '请先登录',
      );
    try {
      request.user = await this.verifier.verify(match[1]);
    } catch (error) {
      // Signed in, but Lianbao gives this person no role: the web app says so, rather than
      // sending them round the sign-in again.
      if (error instanceof NoRoleError)
        throw new ApiError(
          HttpStatus.FORBIDDEN,
          'forbidden',
          'You are signed in, but have no role in Lianbao. Ask the district to give you one.',
          [{ path: 'token.role', rule: 'no_role', message: error.message }],
          '您已登录，但尚未被授予联报中的角色，请联系区营商办',
        );
      throw new ApiError(
        HttpStatus.UNAUTHORIZED,
        'unauthorized',
        'The bearer token is not valid.',
        [{ path: 'header.authorization', rule: 'invalid_token', message: (error as Error).message }],
        '登录凭证无效或已过期',
      );
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.user.role))
      throw new ApiError(
        HttpStatus.FORBIDDEN,
        'forbidden',
        `This needs the role ${roles.join(' or ')}.`,
        [{ path: 'token.role', rule: 'role', message: `${request.user.role} may not do this` }],
        '无权执行此操作',
      );
    return true;
  }
}
