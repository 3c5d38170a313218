import { createHash } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Principal } from './principal';

const ALGORITHM = 'HS256';
const ISSUER = 'leadership-platform';
/** The claim that binds a credential to one command: a digest of its principal and commandId. */
const COMMAND_CLAIM = 'cmd';

/** What a command's credential is bound to, so it cannot carry another principal's command. */
export interface CredentialBinding {
  principal: Principal;
  commandId: string;
}

/**
 * Service-to-service credentials: a short-lived HS256 token naming the calling service (`sub`) and
 * the service it is meant for (`aud`). A command service accepts a message only with a valid one,
 * so nothing on the network can send commands on behalf of a leader without the shared secret.
 * A command's credential is also bound to its principal and commandId: one captured on the wire
 * cannot be replayed with another principal or another command within its lifetime.
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

  issue(caller: string, audience: string, binding?: CredentialBinding): Promise<string> {
    return new SignJWT(binding ? { [COMMAND_CLAIM]: bindingDigest(binding) } : {})
      .setProtectedHeader({ alg: ALGORITHM })
      .setIssuer(ISSUER)
      .setSubject(caller)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${this.lifetimeSeconds}s`)
      .sign(this.key);
  }

  /**
   * The calling service's name; throws when the token is missing, forged, expired or for another
   * service, and, given a binding, when the token was not issued for that principal and commandId.
   */
  async verify(token: unknown, audience: string, binding?: CredentialBinding): Promise<string> {
    if (typeof token !== 'string' || token.length === 0) throw new Error('no service credential');
    const { payload } = await jwtVerify(token, this.key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      audience,
    });
    if (!payload.sub) throw new Error('the service credential names no caller');
    if (binding && payload[COMMAND_CLAIM] !== bindingDigest(binding)) {
      throw new Error('the service credential was issued for another principal or command');
    }
    return payload.sub;
  }
}

/** Roles are a set: their order does not change who acts. */
function bindingDigest({ principal, commandId }: CredentialBinding): string {
  const canonical = JSON.stringify([
    principal.tenantId,
    principal.leaderId,
    [...new Set(principal.roles)].sort(),
    commandId,
  ]);
  return createHash('sha256').update(canonical).digest('base64url');
}
