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

/**
 * A projector's read models, opened for reading. The projectors own the tables: reporting neither
 * migrates nor synchronises them.
 */
export function openReadModels<T extends DataSource>(
  Source: new (options: ConstructorParameters<typeof DataSource>[0]) => T,
  readModels: ReadModelSet,
  databaseUrl: string,
): Promise<T> {
  return new Source({
    ...readModelDataSourceOptions({
      readModels,
      schema: readModels,
      url: databaseUrl,
      poolSize: 3,
    }),
    migrations: [],
  }).initialize();
}

/** Every query service the reports read, over the two projectors' read models. */
export function reportQueries(risk: DataSource, alignment: DataSource) {
  return {
    matrix: new DivisionCollaborationQueries(risk),
    risks: new StrategicProjectRiskQueries(risk),
    commitments: new SupportCommitmentQueries(risk),
    loads: new PeerLoadQueries(risk),
    pairs: new DivisionPairAlignmentQueries(alignment),
    alignment: new CompanyAlignmentQueries(alignment),
  };
}

export type ReportQueries = ReturnType<typeof reportQueries>;

const source = <T extends DataSource>(
  Source: new (options: ConstructorParameters<typeof DataSource>[0]) => T,
  readModels: ReadModelSet,
): FactoryProvider<Promise<T>> => ({
  provide: Source,
  inject: [AdminReportingEnvironment],
  useFactory: (env: AdminReportingEnvironment) =>
    openReadModels(Source, readModels, env.DATABASE_URL),
});

export const reportingReadModelProviders: Provider[] = [
  source(RiskReadModels, 'risk'),
  source(AlignmentReadModels, 'alignment'),
];
