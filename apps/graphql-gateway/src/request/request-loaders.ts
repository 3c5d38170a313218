import {
  type DivisionView,
  type LeaderView,
  OrgChartQueries,
  type StrategicProjectView,
  StrategicProjectQueries,
  type SupportNeedView,
  SupportNeedQueries,
  type ThemeView,
  type StrategicProjectRisk,
  StrategicProjectRiskQueries,
  type SupportCommitment,
  SupportCommitmentQueries,
} from '@lib/read-models';
import { Inject, Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

/**
 * The DataLoaders of one request, one set per tenant, built in the context factory: a list of N
 * items that each ask for their risk or needs makes one statement per kind, not N. Never shared
 * between requests, so nothing cached outlives the request or crosses principals.
 */
export class RequestLoaders {
  private readonly byTenant = new Map<string, TenantLoaders>();

  constructor(private readonly sources: LoaderSources) {}

  of(tenantId: string): TenantLoaders {
    let loaders = this.byTenant.get(tenantId);
    if (!loaders) {
      loaders = new TenantLoaders(tenantId, this.sources);
      this.byTenant.set(tenantId, loaders);
    }
    return loaders;
  }
}

export class TenantLoaders {
  readonly projectRisk: DataLoader<string, StrategicProjectRisk | null>;
  readonly projectNeeds: DataLoader<string, SupportCommitment[]>;
  readonly leader: DataLoader<string, LeaderView | null>;
  readonly division: DataLoader<string, DivisionView | null>;
  readonly theme: DataLoader<string, ThemeView | null>;
  readonly cycleThemes: DataLoader<string, ThemeView[]>;
  readonly strategicProject: DataLoader<string, StrategicProjectView | null>;
  readonly supportNeeds: DataLoader<string, SupportNeedView[]>;

  constructor(tenantId: string, sources: LoaderSources) {
    this.projectRisk = new DataLoader(async (projectIds) => {
      const rows = await sources.risks.findRisksOfProjects(tenantId, projectIds);
      const byId = new Map(rows.map((row) => [row.projectId, row]));
      return projectIds.map((id) => byId.get(id) ?? null);
    });
    this.projectNeeds = new DataLoader(async (projectIds) => {
      const rows = await sources.commitments.findCommitmentsOfProjects(tenantId, projectIds);
      return projectIds.map((id) => rows.filter((row) => row.projectId === id));
    });
    const { orgChart } = sources;
    this.leader = new DataLoader((ids) => orgChart.findLeadersByIds(tenantId, ids));
    this.division = new DataLoader((ids) => orgChart.findDivisionsByIds(tenantId, ids));
    this.theme = new DataLoader((ids) => orgChart.findThemesByIds(tenantId, ids));
    this.cycleThemes = new DataLoader((ids) => orgChart.findThemesOfCycles(tenantId, ids));
    this.strategicProject = new DataLoader((ids) => sources.projects.findByIds(tenantId, ids));
    this.supportNeeds = new DataLoader((ids) => sources.needs.findNeedsOfProjects(tenantId, ids));
  }
}

/** The query services the loaders batch over; one per gateway. */
@Injectable()
export class LoaderSources {
  constructor(
    @Inject(StrategicProjectRiskQueries) readonly risks: StrategicProjectRiskQueries,
    @Inject(SupportCommitmentQueries) readonly commitments: SupportCommitmentQueries,
    @Inject(OrgChartQueries) readonly orgChart: OrgChartQueries,
    @Inject(StrategicProjectQueries) readonly projects: StrategicProjectQueries,
    @Inject(SupportNeedQueries) readonly needs: SupportNeedQueries,
  ) {}
}
