import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Principal, SecretAccessTokens } from '@lib/auth';
import { DEMO_USER_ROLES, DEMO_USERS } from './demo/demo-users';
import { cacheDir } from './process-utils';

/**
 * The secret the local gateway verifies portal tokens with: AUTH_SECRET if exported, else one made
 * on the first start and kept in the cache folder, so tokens printed once stay valid across starts.
 */
export function localAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(cacheDir(), 'auth-secret');
  if (!existsSync(file)) {
    mkdirSync(cacheDir(), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/** A bearer token per demo user, valid for 12 hours. */
export async function demoTokens(secret = localAuthSecret()): Promise<[Principal, string][]> {
  const tokens = new SecretAccessTokens(secret);
  return Promise.all(
    DEMO_USERS.map(async (principal): Promise<[Principal, string]> => [
      principal,
      await tokens.issue(principal),
    ]),
  );
}

export function tokenLines(tokens: [Principal, string][]): string[] {
  return tokens.map(([{ leaderId, roles }, token]) => {
    const who = DEMO_USER_ROLES.get(leaderId) ?? roles.join(', ');
    return `${leaderId} (${who}): Bearer ${token}`;
  });
}
