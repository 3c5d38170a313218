import type { ProjectTeamFacts } from '@lib/domain';
import { type Queryable, schemaIdentifier } from '@lib/read-models';

/**
 * The strategic projects as the peer service knows them from the strategy topic. The contract
 * names no project members, so a project's team is its owner and the leaders now in its home
 * division (following division merges, as the org directory in the same schema records them).
 */
export class StrategyProjects {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async team(tenantId: string, projectId: string): Promise<ProjectTeamFacts | undefined> {
    const { rows } = await this.db.query<{ owner_id: string; member_ids: string[] }>(
      `WITH RECURSIVE project AS (
          SELECT owner_id, home_division_id FROM ${this.s}.peer_projects
           WHERE tenant_id = $1 AND project_id = $2
       ), merged_forward(division_id, hops) AS (
          SELECT home_division_id, 0 FROM project
          UNION ALL
          SELECT d.merged_into, f.hops + 1 FROM ${this.s}.org_divisions d
            JOIN merged_forward f ON d.division_id = f.division_id
           WHERE d.tenant_id = $1 AND d.merged_into IS NOT NULL AND f.hops < 10
       ), home AS (
          SELECT division_id FROM merged_forward ORDER BY hops DESC LIMIT 1
       ), absorbed(division_id, hops) AS (
          SELECT division_id, 0 FROM home
          UNION ALL
          SELECT d.division_id, a.hops + 1 FROM ${this.s}.org_divisions d
            JOIN absorbed a ON d.merged_into = a.division_id
           WHERE d.tenant_id = $1 AND a.hops < 10
       )
       SELECT p.owner_id,
              ARRAY(SELECT l.leader_id FROM ${this.s}.org_leaders l
                     WHERE l.tenant_id = $1 AND l.division_id IN (SELECT division_id FROM absorbed)
                     ORDER BY l.leader_id) AS member_ids
         FROM project p`,
      [tenantId, projectId],
    );
    return rows[0] && { ownerId: rows[0].owner_id, memberIds: rows[0].member_ids };
  }

  /**
   * The open projects a leader supports: an open need of theirs names the leader as key contact,
   * or is addressed to the leader's division (or to a division since merged into it).
   */
  async openProjectIdsSupportedBy(tenantId: string, leaderId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ project_id: string }>(
      `WITH RECURSIVE absorbed(division_id, hops) AS (
          SELECT division_id, 0 FROM ${this.s}.org_leaders WHERE tenant_id = $1 AND leader_id = $2
          UNION ALL
          SELECT d.division_id, a.hops + 1 FROM ${this.s}.org_divisions d
            JOIN absorbed a ON d.merged_into = a.division_id
           WHERE d.tenant_id = $1 AND a.hops < 10
       )
       SELECT DISTINCT n.project_id FROM ${this.s}.peer_support_needs n
         JOIN ${this.s}.peer_projects p
           ON p.tenant_id = n.tenant_id AND p.project_id = n.project_id AND p.status = 'open'
        WHERE n.tenant_id = $1 AND n.open
          AND (n.key_contact_id = $2
               OR n.supporting_division_id IN (SELECT division_id FROM absorbed))
        ORDER BY n.project_id`,
      [tenantId, leaderId],
    );
    return rows.map((row) => row.project_id);
  }

  /** The projects a leader owns and that are still open: their projects for intersections. */
  async openProjectIdsOwnedBy(tenantId: string, leaderId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ project_id: string }>(
      `SELECT project_id FROM ${this.s}.peer_projects
        WHERE tenant_id = $1 AND owner_id = $2 AND status = 'open' ORDER BY project_id`,
      [tenantId, leaderId],
    );
    return rows.map((row) => row.project_id);
  }
}
