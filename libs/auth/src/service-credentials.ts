import { jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'HS256';
const ISSUER = 'leadership-platform';

/**
 * Service-to-service credentials: a short-lived HS256 token naming the calling service (`sub`) and
 * the service it is meant for (`aud`). A command service accepts a message only with a valid one,
 * so nothing on the network can send commands on behalf of a leader without the shared secret.
 */
export class ServiceCredentials {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly lifetimeSeconds = 60,
  ) {
    if (secret.length < 32)
      throw new Error('the service credential secret must have at least 32 characters');
    this.key = new TextEncoder().encode(secret);
  }

  issue(caller: string, audience: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setSubject(caller)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
  }

  /** The calling service's name; throws when the token is missing, forged, expired or for another service. */
  async verify(token: unknown, audience: string): Promise<string> {
    if (typeof token !== 'string' || token.length === 0) throw new Error('no service credential');
    const { payload } = await jwtVerify(token, this.key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience,
    });
    if (!payload.sub) throw new Error('the service credential names no caller');
    return payload.sub;
  }
}
