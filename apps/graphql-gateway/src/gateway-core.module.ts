import { AccessTokens, JwksAccessTokens, SecretAccessTokens, ServiceCredentials } from '@lib/auth';
import { databasePoolProvider } from '@lib/platform';
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { CommandDispatcher } from './commands/command-dispatcher';
import { ReadModelFreshness } from './consistency/read-model-freshness';
import { GraphqlGatewayEnvironment } from './graphql-gateway.options';
import {
  AlignmentReadModels,
  DirectoryReadModels,
  readModelProviders,
  RiskReadModels,
} from './read-models/read-model-sources';
import { ContextFactory } from './request/context-factory';
import { LoaderSources } from './request/request-loaders';

class GatewayShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(Pool) private readonly pool: Pool,
    @Inject(RiskReadModels) private readonly risk: RiskReadModels,
    @Inject(AlignmentReadModels) private readonly alignment: AlignmentReadModels,
    @Inject(DirectoryReadModels) private readonly directory: DirectoryReadModels,
    @Inject(CommandDispatcher) private readonly commands: CommandDispatcher,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.commands.close();
    await Promise.all([
      this.risk.destroy(),
      this.alignment.destroy(),
      this.directory.destroy(),
      this.pool.end(),
    ]);
  }
}

/** What every resolver and handler of the gateway shares: tokens, read models, the command path. */
@Global()
@Module({
  providers: [
    databasePoolProvider,
    ...readModelProviders,
    {
      provide: AccessTokens,
      inject: [GraphqlGatewayEnvironment],
      useFactory: (env: GraphqlGatewayEnvironment) =>
        env.AUTH_JWKS_URL !== ''
          ? new JwksAccessTokens(env.AUTH_JWKS_URL)
          : new SecretAccessTokens(env.AUTH_SECRET ?? ''),
    },
    {
      provide: ServiceCredentials,
      inject: [GraphqlGatewayEnvironment],
      useFactory: (env: GraphqlGatewayEnvironment) =>
        new ServiceCredentials(env.SERVICE_CREDENTIAL_SECRET),
    },
    CommandDispatcher,
    ReadModelFreshness,
    LoaderSources,
    ContextFactory,
    GatewayShutdown,
  ],
  exports: [
    Pool,
    ...readModelProviders.map((provider) => ('provide' in provider ? provider.provide : provider)),
    AccessTokens,
    CommandDispatcher,
    ReadModelFreshness,
    ContextFactory,
  ],
})
export class GatewayCoreModule {}
