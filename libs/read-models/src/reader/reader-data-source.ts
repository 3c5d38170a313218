import type { DataSource, DataSourceOptions, Migration } from 'typeorm';
import { ALIGNMENT_ENTITIES } from '../company-alignment/alignment.entities';
import { schemaIdentifier } from '../queryable';
import { alignmentReadModelMigrations } from './alignment.migrations';
import { DIRECTORY_ENTITIES } from './directory.entities';
import { directoryReadModelMigrations } from './directory.migrations';
import type { ReadModelMigration } from './read-model-migration';
import { RISK_ENTITIES } from './risk.entities';
import { riskReadModelMigrations } from './risk.migrations';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

/** The read models of one projector, kept in that projector's schema. */
export const READ_MODEL_SETS = {
  risk: { entities: RISK_ENTITIES, migrations: riskReadModelMigrations },
  alignment: { entities: ALIGNMENT_ENTITIES, migrations: alignmentReadModelMigrations },
  directory: { entities: DIRECTORY_ENTITIES, migrations: directoryReadModelMigrations },
} as const satisfies Record<
  string,
  Readonly<{
    entities: readonly (new () => object)[];
    migrations: (schema: string) => ReadModelMigration[];
  }>
>;

export type ReadModelSet = keyof typeof READ_MODEL_SETS;

/** What a reader decides: how to reach the database. The rest follows from the read models. */
export type ReaderConnectionOptions = Omit<
  PostgresOptions,
  | 'type'
  | 'schema'
  | 'entities'
  | 'migrations'
  | 'migrationsTableName'
  | 'synchronize'
  | 'dropSchema'
>;

/**
 * The DataSource options of a reader (the API, admin reporting) of one projector's read models.
 * The schema is the projector's, as configured. The projector owns the DDL, so TypeORM never
 * synchronises nor drops; the migrations table is named after the set, so that two sets sharing a
 * schema would not revert each other's migrations.
 */
export function readModelDataSourceOptions(
  options: Readonly<{ readModels: ReadModelSet; schema: string }> & ReaderConnectionOptions,
): PostgresOptions {
  const { readModels, schema, ...connection } = options;
  const set = READ_MODEL_SETS[readModels];
  return {
    ...connection,
    type: 'postgres',
    schema: schemaIdentifier(schema),
    entities: [...set.entities],
    migrations: set.migrations(schema),
    migrationsTableName: `${readModels}_read_model_migrations`,
    synchronize: false,
    dropSchema: false,
  };
}

/**
 * Runs a reader's pending migrations. TypeORM keeps its migrations table in the DataSource's
 * schema but never creates that schema, so a reader that starts before its projector does would
 * fail on the table's creation: the schema is made first.
 */
export async function runReadModelMigrations(dataSource: DataSource): Promise<Migration[]> {
  const { options } = dataSource;
  if (options.type !== 'postgres' || options.schema === undefined)
    throw new Error('a read model DataSource is a postgres one with a schema');
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${schemaIdentifier(options.schema)}`);
  return dataSource.runMigrations();
}
