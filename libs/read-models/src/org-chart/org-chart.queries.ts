import type { DataSource, FindOptionsWhere } from 'typeorm';
import { IsNull } from 'typeorm';
import {
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  loadGroups,
  type PageRequest,
} from '../keyset-pagination';
import { DivisionView, LeaderView, PlanningCycleView, ThemeView } from './org-chart.entities';
import type { CycleStatus } from './planning-cycles.projection';

export type LeaderFilter = Readonly<{ divisionId?: string; status?: LeaderView['status'] }>;
export type DivisionFilter = Readonly<{ includeMerged?: boolean }>;
export type CycleFilter = Readonly<{ status?: CycleStatus }>;

const LEADERS: KeysetOrder<LeaderView> = {
  list: 'leaders',
  sortBy: 'leaderId',
  idBy: 'leaderId',
  direction: 'ASC',
  sortType: 'text',
};
const DIVISIONS: KeysetOrder<DivisionView> = {
  list: 'divisions',
  sortBy: 'divisionId',
  idBy: 'divisionId',
  direction: 'ASC',
  sortType: 'text',
};
/** The newest cycle first: a portal opens on the current one. */
const CYCLES: KeysetOrder<PlanningCycleView> = {
  list: 'planningCycles',
  sortBy: 'startsAt',
  idBy: 'cycleId',
  direction: 'DESC',
  sortType: 'timestamp',
};
const THEMES: KeysetOrder<ThemeView> = {
  list: 'themes',
  sortBy: 'themeId',
  idBy: 'themeId',
  direction: 'ASC',
  sortType: 'text',
};

/** Leaders, divisions, planning cycles and themes of one tenant, as portals list and open them. */
export class OrgChartQueries {
  constructor(private readonly dataSource: DataSource) {}

  findLeaders(
    tenantId: string,
    filter: LeaderFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<LeaderView>> {
    return keysetPage(
      this.dataSource.getRepository(LeaderView),
      { tenantId, ...filter },
      LEADERS,
      page,
    );
  }

  findLeadersByIds(tenantId: string, leaderIds: readonly string[]): Promise<(LeaderView | null)[]> {
    return loadByIds(this.dataSource.getRepository(LeaderView), tenantId, 'leaderId', leaderIds);
  }

  /** Divisions now in existence; with `includeMerged`, also those merged away. */
  findDivisions(
    tenantId: string,
    filter: DivisionFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<DivisionView>> {
    const where: FindOptionsWhere<DivisionView> & { tenantId: string } = filter.includeMerged
      ? { tenantId }
      : { tenantId, mergedInto: IsNull() };
    return keysetPage(this.dataSource.getRepository(DivisionView), where, DIVISIONS, page);
  }

  findDivisionsByIds(
    tenantId: string,
    divisionIds: readonly string[],
  ): Promise<(DivisionView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(DivisionView),
      tenantId,
      'divisionId',
      divisionIds,
    );
  }

  findCycles(
    tenantId: string,
    filter: CycleFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<PlanningCycleView>> {
    const repository = this.dataSource.getRepository(PlanningCycleView);
    return keysetPage(repository, { tenantId, ...filter }, CYCLES, page);
  }

  findCyclesByIds(
    tenantId: string,
    cycleIds: readonly string[],
  ): Promise<(PlanningCycleView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(PlanningCycleView),
      tenantId,
      'cycleId',
      cycleIds,
    );
  }

  findThemes(
    tenantId: string,
    filter: Readonly<{ cycleId?: string }> = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<ThemeView>> {
    return keysetPage(
      this.dataSource.getRepository(ThemeView),
      { tenantId, ...filter },
      THEMES,
      page,
    );
  }

  findThemesByIds(tenantId: string, themeIds: readonly string[]): Promise<(ThemeView | null)[]> {
    return loadByIds(this.dataSource.getRepository(ThemeView), tenantId, 'themeId', themeIds);
  }

  /** The themes of many cycles in one statement, per cycle, for a cycle's `themes` field. */
  findThemesOfCycles(tenantId: string, cycleIds: readonly string[]): Promise<ThemeView[][]> {
    return loadGroups(this.dataSource.getRepository(ThemeView), tenantId, 'cycleId', cycleIds, {
      themeId: 'ASC',
    });
  }
}
