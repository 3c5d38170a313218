import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { InvalidAccessToken, JwksAccessTokens, SecretAccessTokens } from './access-tokens';

const SECRET = 'a-local-secret-of-at-least-thirty-two-chars';
const ada = { tenantId: 'acme', leaderId: 'ada', roles: ['leader', 'executive'] } as const;

describe('local access tokens (HS256)', () => {
  const tokens = new SecretAccessTokens(SECRET);

  it('Given a token it issued, When verified, Then it names the leader, tenant and roles', async () => {
    await expect(tokens.verify(await tokens.issue(ada))).resolves.toEqual(ada);
  });

  it.each([
    ['expired', () => tokens.issue(ada, Math.floor(Date.now() / 1000) - 60), /expired/],
    [
      'forged',
      () => new SecretAccessTokens(`${SECRET}-other`).issue(ada),
      /signature is not valid/,
    ],
    ['not a JWT', async () => 'not-a-token', /not a valid JWT/],
    [
      'signed with RS256',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return new SignJWT({ tenant: 'acme', roles: ['leader'] })
          .setProtectedHeader({ alg: 'RS256' })
          .setIssuer('leadership-platform')
          .setSubject('ada')
          .setExpirationTime('1h')
          .sign(privateKey);
      },
      /algorithm not accepted/,
    ],
    [
      'without a tenant',
      () =>
        new SignJWT({ roles: ['leader'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setIssuer('leadership-platform')
          .setSubject('ada')
          .setExpirationTime('1h')
          .sign(new TextEncoder().encode(SECRET)),
      /tenant claim/,
    ],
  ])('Given a token that is %s, When verified, Then it is refused', async (_, token, reason) => {
    const attempt = tokens.verify(await token());
    await expect(attempt).rejects.toThrow(InvalidAccessToken);
    await expect(tokens.verify(await token())).rejects.toThrow(reason);
  });
});

describe('production access tokens (RS256 from a JWKS)', () => {
  let server: Server;
  let jwksUrl: string;
  let sign: (claims: Record<string, unknown>, kid?: string) => Promise<string>;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    server = createServer((_, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks.json`;
    sign = (claims, kid = 'key-1') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject('ada')
        .setExpirationTime('1h')
        .sign(privateKey);
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('Given a token signed by a key of the JWKS, When verified, Then it names the principal', async () => {
    const tokens = new JwksAccessTokens(jwksUrl);
    await expect(tokens.verify(await sign({ tenant: 'acme', roles: ['leader'] }))).resolves.toEqual(
      { tenantId: 'acme', leaderId: 'ada', roles: ['leader'] },
    );
  });

  it('Given an HS256 token, When verified against the JWKS, Then it is refused', async () => {
    const local = await new SecretAccessTokens(SECRET).issue(ada);
    await expect(new JwksAccessTokens(jwksUrl).verify(local)).rejects.toThrow(
      /algorithm not accepted/,
    );
  });

  it('Given a token signed by another key, When verified, Then it is refused', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const other = await new SignJWT({ tenant: 'acme', roles: ['leader'] })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setSubject('ada')
      .setExpirationTime('1h')
      .sign(privateKey);
    await expect(new JwksAccessTokens(jwksUrl).verify(other)).rejects.toThrow(InvalidAccessToken);
  });
});
