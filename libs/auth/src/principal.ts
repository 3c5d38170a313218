export const Roles = ['leader', 'division_head', 'executive', 'admin'] as const;
export type Role = (typeof Roles)[number];

/** Who acts: the leader the gateway took from a verified token, in their tenant, with their roles. */
export interface Principal {
  readonly tenantId: string;
  readonly leaderId: string;
  readonly roles: readonly Role[];
}

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The principal of an incoming message, or the reason it is not one. */
export function parsePrincipal(value: unknown): Principal | string {
  const candidate = value as Partial<Principal> | undefined;
  if (!candidate || typeof candidate !== 'object') return 'principal is missing';
  if (typeof candidate.tenantId !== 'string' || !ID.test(candidate.tenantId))
    return 'principal.tenantId is not an id';
  if (typeof candidate.leaderId !== 'string' || !ID.test(candidate.leaderId))
    return 'principal.leaderId is not an id';
  if (!Array.isArray(candidate.roles) || !candidate.roles.every((role) => Roles.includes(role))) {
    return `principal.roles must be some of ${Roles.join(', ')}`;
  }
  return {
    tenantId: candidate.tenantId,
    leaderId: candidate.leaderId,
    roles: [...candidate.roles],
  };
}
