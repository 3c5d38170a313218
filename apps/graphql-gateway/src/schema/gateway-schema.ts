import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { mutationResolvers } from '../commands/commands.module';
import { queryResolvers } from '../queries/queries.module';

/** The gateway's schema as the running gateway serves it, built without starting the gateway. */
export async function gatewaySchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  try {
    const schema = await app
      .get(GraphQLSchemaFactory)
      .create([...queryResolvers, ...mutationResolvers]);
    return lexicographicSortSchema(schema);
  } finally {
    await app.close();
  }
}

export async function gatewaySchemaSdl(): Promise<string> {
  return `${printSchema(await gatewaySchema())}\n`;
}

export const SCHEMA_FILE = 'apps/graphql-gateway/schema.graphql';
