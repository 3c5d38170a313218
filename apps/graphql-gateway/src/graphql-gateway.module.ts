import { PlatformModule } from '@lib/platform';
import { type DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { CommandsModule } from './commands/commands.module';
import { GatewayCoreModule } from './gateway-core.module';
import { GraphqlGatewayEnvironment, graphqlGatewayOptions } from './graphql-gateway.options';
import { graphqlOptions } from './graphql/graphql-options';
import { QueriesModule } from './queries/queries.module';
import { ContextFactory } from './request/context-factory';

/**
 * The portals' GraphQL API: queries read the projectors' read models, mutations send commands to
 * the command services over TCP, each as the principal of the caller's verified token.
 */
@Module({})
export class GraphqlGatewayModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: GraphqlGatewayModule,
      imports: [
        PlatformModule.forRoot(graphqlGatewayOptions(variables)),
        CqrsModule.forRoot(),
        GatewayCoreModule,
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [GraphqlGatewayEnvironment, ContextFactory],
          useFactory: graphqlOptions,
        }),
        QueriesModule,
        CommandsModule,
      ],
    };
  }
}
