import { type Queryable, schemaIdentifier } from '@lib/read-models';

export interface IndexedProject {
  projectId: string;
  ownerId: string;
  homeDivisionId: string;
  targetAt: string;
  status: 'active' | 'closed';
}

export interface IndexedNeed {
  needId: string;
  projectId: string;
  supportingDivisionId: string;
  status: 'declared' | 'counter_proposed' | 'committed' | 'declined' | 'withdrawn' | 'delivered';
}

interface ProjectRow {
  project_id: string;
  owner_id: string;
  home_division_id: string;
  target_at: Date;
  status: IndexedProject['status'];
}

interface NeedRow {
  need_id: string;
  project_id: string;
  supporting_division_id: string;
  status: IndexedNeed['status'];
}

/**
 * The strategy facts a command needs about other strategy aggregates: a need's project and its
 * owner, what a division runs and what is asked of it. Every query is scoped to one tenant.
 */
export class StrategyIndex {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async project(tenantId: string, projectId: string): Promise<IndexedProject | undefined> {
    const { rows } = await this.db.query<ProjectRow>(
      `SELECT * FROM ${this.s}.strategy_projects WHERE tenant_id = $1 AND project_id = $2`,
      [tenantId, projectId],
    );
    const row = rows[0];
    return (
      row && {
        projectId: row.project_id,
        ownerId: row.owner_id,
        homeDivisionId: row.home_division_id,
        targetAt: row.target_at.toISOString(),
        status: row.status,
      }
    );
  }

  async need(tenantId: string, needId: string): Promise<IndexedNeed | undefined> {
    const { rows } = await this.db.query<NeedRow>(
      `SELECT * FROM ${this.s}.strategy_needs WHERE tenant_id = $1 AND need_id = $2`,
      [tenantId, needId],
    );
    const row = rows[0];
    return (
      row && {
        needId: row.need_id,
        projectId: row.project_id,
        supportingDivisionId: row.supporting_division_id,
        status: row.status,
      }
    );
  }

  /** The projects a division runs, whatever their status. */
  async projectIdsOfDivision(tenantId: string, divisionId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ project_id: string }>(
      `SELECT project_id FROM ${this.s}.strategy_projects
        WHERE tenant_id = $1 AND home_division_id = $2 ORDER BY project_id`,
      [tenantId, divisionId],
    );
    return rows.map((row) => row.project_id);
  }

  /** The needs addressed to a division: all of them, or only those in the given statuses. */
  async needIdsAddressedTo(
    tenantId: string,
    divisionId: string,
    statuses?: readonly IndexedNeed['status'][],
  ): Promise<string[]> {
    const { rows } = await this.db.query<{ need_id: string }>(
      `SELECT need_id FROM ${this.s}.strategy_needs
        WHERE tenant_id = $1 AND supporting_division_id = $2
          AND ($3::text[] IS NULL OR status = ANY($3))
        ORDER BY need_id`,
      [tenantId, divisionId, statuses ?? null],
    );
    return rows.map((row) => row.need_id);
  }
}

/** Needs still awaiting an answer or promised: the ones a division's ranking should place. */
export const OPEN_NEED_STATUSES: readonly IndexedNeed['status'][] = [
  'declared',
  'counter_proposed',
  'committed',
];
