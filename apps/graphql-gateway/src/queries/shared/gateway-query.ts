import type { Principal } from '@lib/auth';

/** A query on the in-process bus: who asks, and the consistency token to wait for. */
export abstract class GatewayQuery {
  constructor(
    readonly principal: Principal,
    readonly consistentWith: string | undefined,
  ) {}
}
