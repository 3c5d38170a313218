import {
  AssessmentAggregatesQueries,
  CompanyAlignmentQueries,
  DivisionCollaborationQueries,
  DivisionPairAlignmentQueries,
  LeaderSocialCapitalQueries,
  MutualThemeQueries,
  OrgChartQueries,
  PeerLoadQueries,
  PeerRequestQueries,
  PresentationQueries,
  readModelDataSourceOptions,
  StrategicProjectQueries,
  StrategicProjectRiskQueries,
  SupportCommitmentQueries,
  TrustAssessmentResultQueries,
  SupportNeedQueries,
  TieLedgerQueries,
} from '@lib/read-models';
import type { FactoryProvider, Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { ReadModelCatalogue } from '../consistency/read-model-catalogue';
import { GraphqlGatewayEnvironment } from '../graphql-gateway.options';

/** Counts the SQL statements the gateway sends to the read models: a list must stay bounded. */
export class StatementCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** The risk projector's read models (ties, loads, social capital, commitments, project risk). */
export class RiskReadModels extends DataSource {}

/** The alignment projector's read models (pair, vertical and company alignment, drift). */
export class AlignmentReadModels extends DataSource {}

/** The directory projector's read models (what portals list and open). */
export class DirectoryReadModels extends DataSource {}

function dataSource<T extends DataSource>(
  Source: new (options: ConstructorParameters<typeof DataSource>[0]) => T,
  readModels: 'risk' | 'alignment' | 'directory',
): FactoryProvider<Promise<T>> {
  return {
    provide: Source,
    inject: [GraphqlGatewayEnvironment, StatementCounter],
    // The projector owns the tables: the gateway neither migrates nor synchronises them, so a
    // query before the projector's first start answers READ_MODEL_UNAVAILABLE.
    useFactory: (env: GraphqlGatewayEnvironment, counter: StatementCounter) =>
      new Source({
        ...readModelDataSourceOptions({
          readModels,
          schema: ReadModelCatalogue[readModels].schema,
          url: env.DATABASE_URL,
          poolSize: 5,
        }),
        migrations: [],
        logging: ['query'],
        logger: counter,
      }).initialize(),
  };
}

function queries<T>(
  Queries: new (source: DataSource) => T,
  Source: typeof RiskReadModels | typeof AlignmentReadModels | typeof DirectoryReadModels,
): FactoryProvider<T> {
  return {
    provide: Queries,
    inject: [Source],
    useFactory: (source: DataSource) => new Queries(source),
  };
}

// The assessment projector's read models are read through the gateway's pool, with their own
// queries: no DataSource of another projector reaches them.
function assessmentQueries<T>(Queries: new (db: Pool, schema: string) => T): FactoryProvider<T> {
  return {
    provide: Queries,
    inject: [Pool],
    useFactory: (pool: Pool) => new Queries(pool, ReadModelCatalogue.assessment.schema),
  };
}

export const readModelProviders: Provider[] = [
  { provide: StatementCounter, useValue: new StatementCounter() },
  dataSource(RiskReadModels, 'risk'),
  dataSource(AlignmentReadModels, 'alignment'),
  dataSource(DirectoryReadModels, 'directory'),
  queries(StrategicProjectRiskQueries, RiskReadModels),
  queries(SupportCommitmentQueries, RiskReadModels),
  queries(LeaderSocialCapitalQueries, RiskReadModels),
  queries(PeerLoadQueries, RiskReadModels),
  queries(DivisionCollaborationQueries, RiskReadModels),
  queries(TieLedgerQueries, RiskReadModels),
  queries(CompanyAlignmentQueries, AlignmentReadModels),
  queries(DivisionPairAlignmentQueries, AlignmentReadModels),
  assessmentQueries(TrustAssessmentResultQueries),
  assessmentQueries(AssessmentAggregatesQueries),
  queries(OrgChartQueries, DirectoryReadModels),
  queries(PeerRequestQueries, DirectoryReadModels),
  queries(PresentationQueries, DirectoryReadModels),
  queries(MutualThemeQueries, DirectoryReadModels),
  queries(StrategicProjectQueries, DirectoryReadModels),
  queries(SupportNeedQueries, DirectoryReadModels),
];
