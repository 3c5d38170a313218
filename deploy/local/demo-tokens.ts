import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Principal, SecretAccessTokens } from '@lib/auth';
import { DEMO_ADMIN, DEMO_DIVISIONS, DEMO_TENANT } from './demo-organisation';
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

/** The demo organisation's users: the admin, each division's head and its members. */
export function demoPrincipals(): Principal[] {
  const heads = DEMO_DIVISIONS.map(({ head }): Principal => ({
    tenantId: DEMO_TENANT,
    leaderId: head,
    roles: ['leader', 'division_head'],
  }));
  const members = DEMO_DIVISIONS.flatMap(({ members: ids }) =>
    ids.map((leaderId): Principal => ({ tenantId: DEMO_TENANT, leaderId, roles: ['leader'] })),
  );
  return [DEMO_ADMIN, ...heads, ...members];
}

/** A bearer token per demo user, valid for 12 hours. */
export async function demoTokens(secret = localAuthSecret()): Promise<[Principal, string][]> {
  const tokens = new SecretAccessTokens(secret);
  return Promise.all(
    demoPrincipals().map(async (principal): Promise<[Principal, string]> => [
      principal,
      await tokens.issue(principal),
    ]),
  );
}

export function tokenLines(tokens: [Principal, string][]): string[] {
  return tokens.map(
    ([{ leaderId, roles }, token]) => `${leaderId} (${roles.join(', ')}): Bearer ${token}`,
  );
}
