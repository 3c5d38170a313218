import { createHmac, hkdfSync } from 'node:crypto';
import { seal, unseal } from './sealing';

const subkey = (master: Buffer, purpose: string) =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), purpose, 32));

/**
 * One tenant's rater key, split by HKDF into a key that seals rater ids and a key that indexes
 * them, so neither use weakens the other.
 *
 * The index is a blind index: HMAC-SHA-256 of (assessment, rater). Within one assessment it is
 * the same every time, which is all "each invited rater rates once" needs; leader ids are few and
 * guessable, so a plain hash would name the rater to anyone who tried them all, but without the
 * tenant's key the HMAC cannot be tried. Keyed per assessment, it links no rater across two.
 */
export class TenantRaterKeys {
  private readonly sealKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(
    private readonly tenantId: string,
    master: Buffer,
  ) {
    this.sealKey = subkey(master, 'trust-assessment rater seal v1');
    this.indexKey = subkey(master, 'trust-assessment rater index v1');
  }

  index(assessmentId: string, leaderId: string): string {
    return createHmac('sha256', this.indexKey)
      .update(`${assessmentId}\n${leaderId}`)
      .digest('base64url');
  }

  seal(assessmentId: string, leaderId: string): string {
    return seal(this.sealKey, leaderId, this.boundTo(assessmentId));
  }

  /** The rater a reference seals; only the service holding the key can ask. */
  open(assessmentId: string, raterRef: string): string {
    return unseal(this.sealKey, raterRef, this.boundTo(assessmentId)).toString('utf8');
  }

  private boundTo(assessmentId: string): string {
    return `${this.tenantId}\n${assessmentId}`;
  }
}
