import {
  createRemoteJWKSet,
  type JWTPayload,
  jwtVerify,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import { parsePrincipal, type Principal } from './principal';

/** Why a bearer token was refused: always answered as UNAUTHENTICATED, with this reason. */
export class InvalidAccessToken extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'InvalidAccessToken';
  }
}

/**
 * Verifies a portal user's bearer token into the principal the platform acts for: `sub` is the
 * leader, `tenant` the tenant, `roles` the roles. Abstract: HS256 with a shared secret locally,
 * RS256 from the identity provider's JWKS in production.
 */
export abstract class AccessTokens {
  abstract verify(token: string): Promise<Principal>;
}

const ISSUER = 'leadership-platform';

/** Local and test tokens: HS256 with AUTH_SECRET. */
export class SecretAccessTokens extends AccessTokens {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    super();
    if (secret.length < 32) throw new Error('AUTH_SECRET must have at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  verify(token: string): Promise<Principal> {
    return verified(() => jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER }));
  }

  /** A token for a principal, as `npm run tokens` prints them for the demo users. */
  issue(principal: Principal, lifetime: string | number = '12h'): Promise<string> {
    return new SignJWT({ tenant: principal.tenantId, roles: [...principal.roles] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setSubject(principal.leaderId)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.key);
  }
}

/** Production tokens: RS256, keys from the identity provider's JWKS (fetched and cached by jose). */
export class JwksAccessTokens extends AccessTokens {
  private readonly keys: JWTVerifyGetKey;

  constructor(
    jwksUrl: string,
    private readonly options: Readonly<{ issuer?: string; audience?: string }> = {},
  ) {
    super();
    this.keys = createRemoteJWKSet(new URL(jwksUrl));
  }

  verify(token: string): Promise<Principal> {
    return verified(() =>
      jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
      }),
    );
  }
}

async function verified(check: () => Promise<{ payload: JWTPayload }>): Promise<Principal> {
  let payload: JWTPayload;
  try {
    ({ payload } = await check());
  } catch (error) {
    throw new InvalidAccessToken(reasonOf(error));
  }
  const principal = parsePrincipal({
    tenantId: payload.tenant,
    leaderId: payload.sub,
    roles: payload.roles,
  });
  if (typeof principal === 'string') throw new InvalidAccessToken(claimsReason(principal));
  return principal;
}

function claimsReason(reason: string): string {
  return reason
    .replace('principal.tenantId', 'the tenant claim')
    .replace('principal.leaderId', 'the sub claim')
    .replace('principal.roles', 'the roles claim');
}

function reasonOf(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ERR_JWT_EXPIRED') return 'the token has expired';
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED')
    return 'the token is signed with an algorithm not accepted';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') return 'the token signature is not valid';
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED')
    return `the token's ${(error as { claim?: string }).claim ?? ''} claim is not valid`;
  if (code === 'ERR_JWKS_NO_MATCHING_KEY')
    return 'no key of the identity provider signed the token';
  return 'the token is not a valid JWT';
}
