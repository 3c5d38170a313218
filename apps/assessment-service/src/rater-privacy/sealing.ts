import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// AES-256-GCM with a fresh 96-bit nonce per message: the same plaintext never seals to the same
// text, so a sealed value is no identifier. The associated data binds it to where it belongs.
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const FORMAT = 'v1.';

export function seal(key: Buffer, plaintext: Buffer | string, associatedData: string): string {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return FORMAT + Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url');
}

/** Throws when the text was not sealed with this key for this associated data. */
export function unseal(key: Buffer, sealed: string, associatedData: string): Buffer {
  if (!sealed.startsWith(FORMAT)) throw new Error('not a sealed value of a known format');
  const bytes = Buffer.from(sealed.slice(FORMAT.length), 'base64url');
  if (bytes.length < NONCE_BYTES + TAG_BYTES) throw new Error('sealed value is truncated');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, NONCE_BYTES));
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  return Buffer.concat([
    decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
    decipher.final(),
  ]);
}
