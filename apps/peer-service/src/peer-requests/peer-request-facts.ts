import {
  addDays,
  overloadIndex,
  type RaisePeerRequestFacts,
  type RecipientFacts,
  type RequesterFacts,
  type RequestPartyFacts,
} from '@lib/domain';
import { OrgDirectory } from '@lib/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { LeaderFacts } from '../leader-facts';
import { PeerScoringRules } from '../peer-scoring-rules';
import { PeerActivity } from '../peer-activity';
import { StrategyProjects } from '../strategy-projects';

/** q_{a→b} looks back this far (domain README §5.3, "Requester side"). */
const RECENT_REQUESTS_DAYS = 90;

type RaiseInput = { requesterId: string; recipientId: string; projectId?: string };

/** The facts a PeerRequest command carries, looked up just before it is decided. */
@Injectable()
export class PeerRequestFacts {
  constructor(
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
    @Inject(PeerActivity) private readonly activity: PeerActivity,
    @Inject(StrategyProjects) private readonly projects: StrategyProjects,
    @Inject(PeerScoringRules) private readonly scoring: PeerScoringRules,
  ) {}

  async raise(tenantId: string, now: string, input: RaiseInput): Promise<RaisePeerRequestFacts> {
    const { requesterId, recipientId, projectId } = input;
    const [requester, recipient, project, overload, open, recent] = await Promise.all([
      this.party(tenantId, requesterId),
      this.party(tenantId, recipientId),
      projectId === undefined ? undefined : this.projects.team(tenantId, projectId),
      this.overloadIndexOf(tenantId, recipientId, now),
      this.activity.openRequestsBetween(tenantId, requesterId, recipientId),
      this.activity.recipientsAskedSince(
        tenantId,
        requesterId,
        addDays(now, -RECENT_REQUESTS_DAYS),
      ),
    ]);
    return {
      requester,
      recipient,
      project,
      recipientOverloadIndex: overload,
      openRequestsToRecipient: open,
      recentRecipientIds: recent,
    };
  }

  /** The division of the leader the request now waits for (after any redirects). */
  async recipient(tenantId: string, requestId: string): Promise<RecipientFacts> {
    const request = await this.activity.request(tenantId, requestId);
    return { recipientDivisionId: await this.leaders.divisionOf(tenantId, request?.recipientId) };
  }

  async requester(tenantId: string, requestId: string): Promise<RequesterFacts> {
    const request = await this.activity.request(tenantId, requestId);
    return { requesterDivisionId: await this.leaders.divisionOf(tenantId, request?.requesterId) };
  }

  /** A party with what intersections are made of: focus themes, the projects they own or support. */
  private async party(tenantId: string, leaderId: string): Promise<RequestPartyFacts | undefined> {
    const leader = await this.directory.leader(tenantId, leaderId);
    if (!leader) return undefined;
    return {
      divisionId: leader.divisionId,
      active: leader.active,
      focusThemeIds: leader.focusThemeIds,
      projectIds: await this.projects.openProjectIdsOwnedBy(tenantId, leaderId),
      supportedProjectIds: await this.projects.openProjectIdsSupportedBy(tenantId, leaderId),
    };
  }

  /** OI_j over the tenant's active leaders' loads in the rules' window (28 days by default). */
  private async overloadIndexOf(tenantId: string, leaderId: string, now: string) {
    const { rules } = this.scoring;
    const since = addDays(now, -rules.overload.windowDays);
    const [loads, open, leader] = await Promise.all([
      this.activity.loadsOfActiveLeaders(tenantId, since, now),
      this.activity.openRequestsTo(tenantId, leaderId),
      this.directory.leader(tenantId, leaderId),
    ]);
    const load = loads.get(leaderId) ?? 0;
    const capacity = leader?.maxOpen ?? rules.overload.defaultCapacity;
    return overloadIndex([...loads.values()], { load, open, capacity }, rules).value;
  }
}
