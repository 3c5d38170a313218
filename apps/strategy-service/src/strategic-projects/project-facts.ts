import type {
  ChangeOwnerFacts,
  ProjectDelegationFacts,
  RegisterStrategicProjectFacts,
} from '@lib/domain';
import { Inject, Injectable } from '@nestjs/common';
import { NO_AUTHORITY, OrgFacts } from '../org-facts/org-facts';
import { StrategyIndex } from '../strategy-index';

/** What the StrategicProject decider needs to know beyond its own stream. */
@Injectable()
export class ProjectFacts {
  constructor(
    @Inject(OrgFacts) private readonly org: OrgFacts,
    @Inject(StrategyIndex) private readonly index: StrategyIndex,
  ) {}

  /** Before the project exists, its home division is the one the command names. */
  async registration(
    tenantId: string,
    project: { ownerId: string; homeDivisionId: string; themeIds: readonly string[] },
  ): Promise<RegisterStrategicProjectFacts> {
    return {
      homeDivision: await this.org.rankingAuthority(tenantId, project.homeDivisionId),
      owner: await this.org.leader(tenantId, project.ownerId),
      existingThemeIds: await this.org.existingThemeIds(tenantId, project.themeIds),
    };
  }

  /**
   * The head and delegates of the project's home division. An unknown project has nobody: the
   * decider answers PROJECT_NOT_FOUND from its own (empty) stream before it asks who acts.
   */
  async delegation(tenantId: string, projectId: string): Promise<ProjectDelegationFacts> {
    const project = await this.index.project(tenantId, projectId);
    return {
      homeDivision: project
        ? await this.org.rankingAuthority(tenantId, project.homeDivisionId)
        : NO_AUTHORITY,
    };
  }

  async ownerChange(
    tenantId: string,
    projectId: string,
    newOwnerId: string,
  ): Promise<ChangeOwnerFacts> {
    return {
      ...(await this.delegation(tenantId, projectId)),
      newOwner: await this.org.leader(tenantId, newOwnerId),
    };
  }
}
