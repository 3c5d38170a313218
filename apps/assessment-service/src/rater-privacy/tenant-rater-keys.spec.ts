import { randomBytes } from 'node:crypto';
import { TenantRaterKeys } from './tenant-rater-keys';

describe("a tenant's rater keys", () => {
  const keys = new TenantRaterKeys('tenant-acme', randomBytes(32));

  it('index the same rater of one assessment the same way every time', () => {
    expect(keys.index('a-1', 'leader-ben')).toBe(keys.index('a-1', 'leader-ben'));
    expect(keys.index('a-1', 'leader-ben')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('index a rater differently in another assessment, and another tenant differently again', () => {
    const otherTenant = new TenantRaterKeys('tenant-other', randomBytes(32));
    expect(keys.index('a-2', 'leader-ben')).not.toBe(keys.index('a-1', 'leader-ben'));
    expect(otherTenant.index('a-1', 'leader-ben')).not.toBe(keys.index('a-1', 'leader-ben'));
  });

  it('seal a rater differently each time, and open what they sealed', () => {
    const first = keys.seal('a-1', 'leader-ben');
    const second = keys.seal('a-1', 'leader-ben');
    expect(first).not.toBe(second);
    expect(first).not.toContain('leader-ben');
    expect(keys.open('a-1', first)).toBe('leader-ben');
  });

  it('refuse to open a reference moved to another assessment or tenant', () => {
    const sealed = keys.seal('a-1', 'leader-ben');
    expect(() => keys.open('a-2', sealed)).toThrow();
    expect(() => new TenantRaterKeys('tenant-acme', randomBytes(32)).open('a-1', sealed)).toThrow();
  });
});
