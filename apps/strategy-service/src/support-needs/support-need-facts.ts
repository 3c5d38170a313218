import type {
  DeclareSupportNeedFacts,
  ProjectOwnerFacts,
  SupportDeliveryFacts,
  SupportingDivisionFacts,
} from '@lib/domain';
import { Inject, Injectable } from '@nestjs/common';
import { NO_AUTHORITY, OrgFacts } from '../org-facts/org-facts';
import { StrategyIndex } from '../strategy-index';

/**
 * What the SupportNeed decider needs to know beyond its own stream. For a need the index does not
 * know, nobody answers for it and nobody owns it: the decider then answers SUPPORT_NEED_NOT_FOUND
 * from its own (empty) stream before it asks who acts. Ids are never empty, so '' matches no actor.
 */
@Injectable()
export class SupportNeedFacts {
  constructor(
    @Inject(OrgFacts) private readonly org: OrgFacts,
    @Inject(StrategyIndex) private readonly index: StrategyIndex,
  ) {}

  async declaration(
    tenantId: string,
    need: { projectId: string; keyContactId?: string },
  ): Promise<DeclareSupportNeedFacts> {
    const project = await this.index.project(tenantId, need.projectId);
    return {
      project: project && {
        ownerId: project.ownerId,
        homeDivisionId: project.homeDivisionId,
        targetAt: project.targetAt,
        status: project.status,
      },
      keyContact: need.keyContactId
        ? await this.org.leader(tenantId, need.keyContactId)
        : undefined,
    };
  }

  async supportingDivision(tenantId: string, needId: string): Promise<SupportingDivisionFacts> {
    const need = await this.index.need(tenantId, needId);
    return {
      supportingDivision: need
        ? await this.org.rankingAuthority(tenantId, need.supportingDivisionId)
        : NO_AUTHORITY,
    };
  }

  /** The project's owner now: ownership may have moved since the need was declared. */
  async projectOwner(tenantId: string, needId: string): Promise<ProjectOwnerFacts> {
    const need = await this.index.need(tenantId, needId);
    const project = need && (await this.index.project(tenantId, need.projectId));
    return { projectOwnerId: project?.ownerId ?? '' };
  }

  async delivery(tenantId: string, needId: string): Promise<SupportDeliveryFacts> {
    return {
      ...(await this.supportingDivision(tenantId, needId)),
      ...(await this.projectOwner(tenantId, needId)),
    };
  }
}
