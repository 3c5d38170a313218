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
