/**
 * The stream of one aggregate instance: `<aggregate>:<tenant>:<id>`. The tenant is part of the
 * name, so two tenants' aggregates never share a stream even when their ids collide.
 */
export function streamId(aggregate: string, tenantId: string, id: string): string {
  return `${aggregate}:${tenantId}:${id}`;
}
