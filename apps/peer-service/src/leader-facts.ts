import type { PeerLeaderFacts } from '@lib/domain';
import { OrgDirectory } from '@lib/read-models';
import { Inject, Injectable } from '@nestjs/common';

/**
 * Leaders as the peer service's copy of the org directory knows them now. `undefined` for a
 * leader it does not know, or for an optional field left out: the deciders turn an unknown
 * leader into NOT_FOUND for the field that named them.
 */
@Injectable()
export class LeaderFacts {
  constructor(@Inject(OrgDirectory) private readonly directory: OrgDirectory) {}

  async leader(tenantId: string, leaderId?: string): Promise<PeerLeaderFacts | undefined> {
    const leader =
      leaderId === undefined ? undefined : await this.directory.leader(tenantId, leaderId);
    return leader && { divisionId: leader.divisionId, active: leader.active };
  }

  /**
   * The current division of a party to an aggregate the service already holds. Empty only when
   * the aggregate is unknown (so is the party): the decider refuses such a command before it
   * reads the division.
   */
  async divisionOf(tenantId: string, leaderId?: string): Promise<string> {
    return (await this.leader(tenantId, leaderId))?.divisionId ?? '';
  }
}
