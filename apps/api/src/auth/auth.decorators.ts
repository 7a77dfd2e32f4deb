import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Principal, Role } from './principal';

export const PUBLIC = 'lianbao:public';
export const ROLES_KEY = 'lianbao:roles';

/** Anyone may call this route, without a token. */
export const Public = () => SetMetadata(PUBLIC, true);

/** Only these roles may call this route (others get 403). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().user,
);
