import { AccessTokens, InvalidAccessToken, type Principal, type Role } from '@lib/auth';
import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The roles that may read reports and run operations: nobody else sees any of it. */
export const REPORTING_ROLES: readonly Role[] = ['admin', 'executive'];

/** The cookie a browser keeps the bearer token in after signing in on the sign-in page. */
export const TOKEN_COOKIE = 'admin_token';

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

/**
 * Verifies the caller's token (the gateway's: same issuer, same keys) from the Authorization
 * header or the sign-in cookie: none or an invalid one is 401, a token without the admin or
 * executive role is 403. The principal's tenant then scopes every query.
 */
@Injectable()
export class ReportAccessGuard implements CanActivate {
  constructor(@Inject(AccessTokens) private readonly tokens: AccessTokens) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    if (!token) throw new UnauthorizedException('a bearer token is required');
    let principal: Principal;
    try {
      principal = await this.tokens.verify(token);
    } catch (error) {
      if (error instanceof InvalidAccessToken) throw new UnauthorizedException(error.message);
      throw error;
    }
    if (!principal.roles.some((role) => REPORTING_ROLES.includes(role)))
      throw new ForbiddenException('reports and operations are for admins and executives');
    request.principal = principal;
    return true;
  }
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return cookie(request.headers.cookie ?? '', TOKEN_COOKIE);
}

function cookie(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
