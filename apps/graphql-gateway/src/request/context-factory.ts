import { AccessTokens, InvalidAccessToken, type Principal } from '@lib/auth';
import { Inject, Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { GraphqlGatewayEnvironment } from '../graphql-gateway.options';
import { RateLimiter } from '../limits/rate-limiter';
import type { GatewayContext } from './gateway-context';
import { LoaderSources, RequestLoaders } from './request-loaders';

type RequestContext = Pick<
  GatewayContext,
  'principal' | 'authenticationFailure' | 'rateLimited' | 'loaders'
>;

/**
 * Builds each request's context: authenticates the bearer token (here, because mercurius runs
 * the context factory on every request, and skips validation hooks for cached queries), counts
 * the operation against the principal's rate, and makes the request's loaders. It never throws:
 * mercurius calls it again from its error handler, and a refusal is the operation guard's.
 */
@Injectable()
export class ContextFactory {
  private readonly limiter: RateLimiter;

  constructor(
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(LoaderSources) private readonly sources: LoaderSources,
    @Inject(GraphqlGatewayEnvironment) env: GraphqlGatewayEnvironment,
  ) {
    this.limiter = new RateLimiter(env.RATE_LIMIT_PER_MINUTE);
  }

  async create(request: FastifyRequest): Promise<RequestContext> {
    const loaders = new RequestLoaders(this.sources);
    const authenticated = await this.authenticate(request.headers.authorization);
    if (typeof authenticated === 'string') return { authenticationFailure: authenticated, loaders };
    if (!authenticated) return { loaders };
    const rateLimited = !this.limiter.take(`${authenticated.tenantId}/${authenticated.leaderId}`);
    return { principal: authenticated, rateLimited, loaders };
  }

  private async authenticate(header: string | undefined): Promise<Principal | string | undefined> {
    if (header === undefined) return undefined;
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      return 'the Authorization header must be "Bearer <token>"';
    try {
      return await this.tokens.verify(token);
    } catch (error) {
      return error instanceof InvalidAccessToken
        ? error.message
        : 'the token could not be verified';
    }
  }
}
