import { AccessTokens, JwksAccessTokens, SecretAccessTokens } from '@lib/auth';
import { PlatformModule } from '@lib/platform';
import { type DynamicModule, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { FormBodyParser } from './access/form-body.parser';
import { SignInController } from './access/sign-in.controller';
import { AdminReportingEnvironment, adminReportingOptions } from './admin-reporting.options';
import { AssetsController } from './pages/assets.controller';
import { ReportPages } from './pages/report-pages';
import {
  AlignmentReadModels,
  reportingReadModelProviders,
  reportQueries,
  RiskReadModels,
} from './read-models/reporting-read-models';
import { ReportCatalogue } from './reports/report-catalogue';
import { ReportsController } from './reports/reports.controller';

class ReadModelsShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(RiskReadModels) private readonly risk: RiskReadModels,
    @Inject(AlignmentReadModels) private readonly alignment: AlignmentReadModels,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.risk.destroy(), this.alignment.destroy()]);
  }
}

/** The admin reports as pages, CSV and JSON for admins and executives of one tenant. */
@Module({})
export class AdminReportingModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AdminReportingModule,
      imports: [PlatformModule.forRoot(adminReportingOptions(variables))],
      controllers: [ReportsController, AssetsController, SignInController],
      providers: [
        ...reportingReadModelProviders,
        {
          provide: AccessTokens,
          inject: [AdminReportingEnvironment],
          useFactory: (env: AdminReportingEnvironment) =>
            env.AUTH_JWKS_URL !== ''
              ? new JwksAccessTokens(env.AUTH_JWKS_URL)
              : new SecretAccessTokens(env.AUTH_SECRET ?? ''),
        },
        {
          provide: ReportCatalogue,
          inject: [RiskReadModels, AlignmentReadModels],
          useFactory: (risk: RiskReadModels, alignment: AlignmentReadModels) =>
            new ReportCatalogue(reportQueries(risk, alignment)),
        },
        {
          provide: ReportPages,
          inject: [ReportCatalogue],
          useFactory: (catalogue: ReportCatalogue) => new ReportPages(catalogue.reports),
        },
        ReadModelsShutdown,
        FormBodyParser,
      ],
      exports: [ReportCatalogue],
    };
  }
}
