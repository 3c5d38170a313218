import { ServiceCredentials } from './service-credentials';

describe('service credentials', () => {
  const credentials = new ServiceCredentials('a-secret-of-at-least-thirty-two-characters');

  it('names the calling service when the token was issued for this service', async () => {
    const token = await credentials.issue('graphql-gateway', 'peer-service');
    await expect(credentials.verify(token, 'peer-service')).resolves.toBe('graphql-gateway');
  });

  it('refuses a token issued for another service', async () => {
    const token = await credentials.issue('graphql-gateway', 'org-service');
    await expect(credentials.verify(token, 'peer-service')).rejects.toThrow(/aud/);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await new ServiceCredentials(
      'another-secret-of-at-least-thirty-two-chars',
    ).issue('x', 'peer-service');
    await expect(credentials.verify(forged, 'peer-service')).rejects.toThrow(/signature/);
  });

  it('refuses a missing token', async () => {
    await expect(credentials.verify(undefined, 'peer-service')).rejects.toThrow(
      'no service credential',
    );
  });

  it('refuses an expired token', async () => {
    const shortLived = new ServiceCredentials('a-secret-of-at-least-thirty-two-characters', -1);
    const token = await shortLived.issue('graphql-gateway', 'peer-service');
    await expect(credentials.verify(token, 'peer-service')).rejects.toThrow(/exp/);
  });

  it('needs a secret long enough to resist guessing', () => {
    expect(() => new ServiceCredentials('short')).toThrow(/at least 32/);
  });
});

describe("a command's service credential", () => {
  const credentials = new ServiceCredentials('a-secret-of-at-least-thirty-two-characters');
  const ada = { tenantId: 'acme', leaderId: 'ada', roles: ['leader', 'admin'] } as const;
  const command = { principal: ada, commandId: 'c-1' };

  it('Given a credential issued for a command, When the same command arrives, Then it names the caller', async () => {
    const token = await credentials.issue('graphql-gateway', 'peer-service', command);
    await expect(
      credentials.verify(token, 'peer-service', {
        principal: { ...ada, roles: ['admin', 'leader'] },
        commandId: 'c-1',
      }),
    ).resolves.toBe('graphql-gateway');
  });

  it.each([
    ['another leader', { principal: { ...ada, leaderId: 'bob' }, commandId: 'c-1' }],
    ['another tenant', { principal: { ...ada, tenantId: 'globex' }, commandId: 'c-1' }],
    ['more roles', { principal: { ...ada, roles: [...ada.roles, 'executive'] }, commandId: 'c-1' }],
    ['another commandId', { principal: ada, commandId: 'c-2' }],
  ] as const)(
    'Given a credential issued for a command, When it arrives with %s, Then it is refused',
    async (_, replayed) => {
      const token = await credentials.issue('graphql-gateway', 'peer-service', command);
      await expect(credentials.verify(token, 'peer-service', replayed)).rejects.toThrow(
        'the service credential was issued for another principal or command',
      );
    },
  );

  it('Given a credential bound to no command, When a command arrives with it, Then it is refused', async () => {
    const token = await credentials.issue('graphql-gateway', 'peer-service');
    await expect(credentials.verify(token, 'peer-service', command)).rejects.toThrow(
      /another principal or command/,
    );
  });
});
