import type { Principal } from '@lib/auth';
import type { MercuriusContext } from 'mercurius';
import { unauthenticated } from '../errors/gateway-error';
import type { RequestLoaders } from './request-loaders';

/** What every resolver of one request sees: who asks, and that request's loaders. */
export interface GatewayContext extends MercuriusContext {
  /** Undefined without a valid bearer token: only introspection runs then. */
  principal?: Principal;
  /** Why the bearer token was refused, when one was sent and refused. */
  authenticationFailure?: string;
  /** The principal has used up its operations for the current window. */
  rateLimited?: boolean;
  loaders: RequestLoaders;
}

/** The caller, or UNAUTHENTICATED: every field reading or changing data asks for one. */
export function principalOf(context: GatewayContext): Principal {
  if (!context.principal) throw unauthenticated(context.authenticationFailure);
  return context.principal;
}
