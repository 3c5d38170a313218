import { parsePrincipal } from './principal';

describe('an incoming principal', () => {
  it('is accepted with a tenant, a leader and known roles', () => {
    expect(
      parsePrincipal({ tenantId: 't-1', leaderId: 'l-1', roles: ['leader', 'admin'] }),
    ).toEqual({
      tenantId: 't-1',
      leaderId: 'l-1',
      roles: ['leader', 'admin'],
    });
  });

  it.each([
    [undefined, 'principal is missing'],
    [{ leaderId: 'l', roles: [] }, 'principal.tenantId is not an id'],
    [{ tenantId: 't', leaderId: 'l with spaces', roles: [] }, 'principal.leaderId is not an id'],
    [
      { tenantId: 't', leaderId: 'l', roles: ['emperor'] },
      'principal.roles must be some of leader, division_head, executive, admin',
    ],
  ])('is refused when %j', (value, reason) => {
    expect(parsePrincipal(value)).toBe(reason);
  });
});
