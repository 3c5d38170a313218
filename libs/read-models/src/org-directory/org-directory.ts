import { type Queryable, schemaIdentifier } from '../queryable';

export interface DirectoryLeader {
  leaderId: string;
  /** The leader's division now, following merges to the division that absorbed it. */
  divisionId: string;
  active: boolean;
  maxOpen: number;
  focusCycleId: string | null;
  focusThemeIds: string[];
}

export interface DirectoryDivision {
  divisionId: string;
  name: string;
  headId: string | null;
  delegateIds: string[];
  mergedInto: string | null;
}

export interface DirectoryCycle {
  cycleId: string;
  status: 'open' | 'locked' | 'closed';
  startsAt: string;
  endsAt: string;
}

/**
 * The org facts a command service checks references against: who the leaders are, their
 * divisions, heads and delegates, the planning cycles and their themes. Every query is scoped
 * to one tenant.
 */
export class OrgDirectory {
  private readonly s: string;

  constructor(
    private readonly db: Queryable,
    schema: string,
  ) {
    this.s = schemaIdentifier(schema);
  }

  async leader(tenantId: string, leaderId: string): Promise<DirectoryLeader | undefined> {
    const { rows } = await this.db.query<{
      leader_id: string;
      division_id: string;
      active: boolean;
      max_open: number;
      focus_cycle_id: string | null;
      focus_theme_ids: string[];
    }>(`SELECT * FROM ${this.s}.org_leaders WHERE tenant_id = $1 AND leader_id = $2`, [
      tenantId,
      leaderId,
    ]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      leaderId: row.leader_id,
      divisionId: await this.currentDivisionId(tenantId, row.division_id),
      active: row.active,
      maxOpen: row.max_open,
      focusCycleId: row.focus_cycle_id,
      focusThemeIds: row.focus_theme_ids,
    };
  }

  async division(tenantId: string, divisionId: string): Promise<DirectoryDivision | undefined> {
    const { rows } = await this.db.query<{
      division_id: string;
      name: string;
      head_id: string | null;
      delegate_ids: string[];
      merged_into: string | null;
    }>(`SELECT * FROM ${this.s}.org_divisions WHERE tenant_id = $1 AND division_id = $2`, [
      tenantId,
      divisionId,
    ]);
    const row = rows[0];
    return (
      row && {
        divisionId: row.division_id,
        name: row.name,
        headId: row.head_id,
        delegateIds: row.delegate_ids,
        mergedInto: row.merged_into,
      }
    );
  }

  async cycle(tenantId: string, cycleId: string): Promise<DirectoryCycle | undefined> {
    const { rows } = await this.db.query<CycleRow>(
      `SELECT * FROM ${this.s}.org_cycles WHERE tenant_id = $1 AND cycle_id = $2`,
      [tenantId, cycleId],
    );
    return rows[0] && toCycle(rows[0]);
  }

  /** The cycle whose period contains `at` and that is in one of the statuses, if any. */
  async cycleAt(
    tenantId: string,
    at: string,
    statuses: readonly DirectoryCycle['status'][] = ['open'],
  ): Promise<DirectoryCycle | undefined> {
    const { rows } = await this.db.query<CycleRow>(
      `SELECT * FROM ${this.s}.org_cycles
        WHERE tenant_id = $1 AND status = ANY($3) AND starts_at <= $2 AND $2 < ends_at`,
      [tenantId, at, statuses],
    );
    return rows[0] && toCycle(rows[0]);
  }

  /** Registered and current, merged into another, or never registered. */
  async divisionStanding(
    tenantId: string,
    divisionId: string,
  ): Promise<'active' | 'merged_away' | 'unknown'> {
    const division = await this.division(tenantId, divisionId);
    if (!division) return 'unknown';
    return division.mergedInto ? 'merged_away' : 'active';
  }

  async themeIdsOfCycle(tenantId: string, cycleId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ theme_id: string }>(
      `SELECT theme_id FROM ${this.s}.org_themes WHERE tenant_id = $1 AND cycle_id = $2 ORDER BY theme_id`,
      [tenantId, cycleId],
    );
    return rows.map((row) => row.theme_id);
  }

  async existingThemeIds(tenantId: string, themeIds: readonly string[]): Promise<string[]> {
    const { rows } = await this.db.query<{ theme_id: string }>(
      `SELECT theme_id FROM ${this.s}.org_themes WHERE tenant_id = $1 AND theme_id = ANY($2)`,
      [tenantId, themeIds],
    );
    return rows.map((row) => row.theme_id);
  }

  /** Follows merges: a division merged into another now answers as that one. */
  private async currentDivisionId(tenantId: string, divisionId: string): Promise<string> {
    let current = divisionId;
    for (let hops = 0; hops < 10; hops++) {
      const division = await this.division(tenantId, current);
      if (!division?.mergedInto) return current;
      current = division.mergedInto;
    }
    return current;
  }
}

interface CycleRow {
  cycle_id: string;
  status: DirectoryCycle['status'];
  starts_at: Date;
  ends_at: Date;
}

function toCycle(row: CycleRow): DirectoryCycle {
  return {
    cycleId: row.cycle_id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
  };
}
