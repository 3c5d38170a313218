import {
  CompanyAlignmentQueries,
  DivisionCollaborationQueries,
  DivisionPairAlignmentQueries,
  PeerLoadQueries,
  readModelDataSourceOptions,
  type ReadModelSet,
  StrategicProjectRiskQueries,
  SupportCommitmentQueries,
} from '@lib/read-models';
import type { FactoryProvider, Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AdminReportingEnvironment } from '../admin-reporting.options';

/** The risk projector's read models (ties, loads, commitments, project risk, the matrix). */
export class RiskReadModels extends DataSource {}

/** The alignment projector's read models (pair, vertical and company alignment, drift). */
export class AlignmentReadModels extends DataSource {}

function dataSource<T extends DataSource>(
  Source: new (options: ConstructorParameters<typeof DataSource>[0]) => T,
  readModels: ReadModelSet,
): FactoryProvider<Promise<T>> {
  return {
    provide: Source,
    inject: [AdminReportingEnvironment],
    // The projectors own the tables: reporting neither migrates nor synchronises them.
    useFactory: (env: AdminReportingEnvironment) =>
      new Source({
        ...readModelDataSourceOptions({
          readModels,
          schema: readModels,
          url: env.DATABASE_URL,
          poolSize: 3,
        }),
        migrations: [],
      }).initialize(),
  };
}

function queries<T>(
  Queries: new (source: DataSource) => T,
  Source: typeof RiskReadModels | typeof AlignmentReadModels,
): FactoryProvider<T> {
  return {
    provide: Queries,
    inject: [Source],
    useFactory: (source: DataSource) => new Queries(source),
  };
}

export const reportingReadModelProviders: Provider[] = [
  dataSource(RiskReadModels, 'risk'),
  dataSource(AlignmentReadModels, 'alignment'),
  queries(StrategicProjectRiskQueries, RiskReadModels),
  queries(PeerLoadQueries, RiskReadModels),
  queries(SupportCommitmentQueries, RiskReadModels),
  queries(DivisionCollaborationQueries, RiskReadModels),
  queries(CompanyAlignmentQueries, AlignmentReadModels),
  queries(DivisionPairAlignmentQueries, AlignmentReadModels),
];
