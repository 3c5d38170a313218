import { openEnvelope } from './command-envelope';

describe('a command envelope', () => {
  const valid = {
    commandId: 'cmd-1',
    credential: 'token',
    principal: { tenantId: 'tenant-a', leaderId: 'leader-1', roles: ['leader'] },
    input: { requestId: 'r-1' },
  };

  it('opens when the command id and principal are well formed', () => {
    expect(openEnvelope(valid)).toEqual({ ...valid, correlationId: undefined });
  });

  it('names the command id when it is missing', () => {
    expect(() => openEnvelope({ ...valid, commandId: undefined })).toThrow(
      expect.objectContaining({
        error: expect.objectContaining({
          code: 'VALIDATION_FAILED',
          errors: [expect.objectContaining({ field: 'commandId' })],
        }),
      }),
    );
  });

  it('is unauthenticated without a principal', () => {
    expect(() => openEnvelope({ ...valid, principal: undefined })).toThrow(
      expect.objectContaining({
        error: { code: 'UNAUTHENTICATED', message: 'principal is missing' },
      }),
    );
  });
});
