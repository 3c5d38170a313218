import { bootstrapApp } from '@lib/platform';
import { GraphqlGatewayModule } from './graphql-gateway.module';
import { graphqlGatewayOptions } from './graphql-gateway.options';

void bootstrapApp(GraphqlGatewayModule.forRoot(), graphqlGatewayOptions());
