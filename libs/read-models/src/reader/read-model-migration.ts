import type { MigrationInterface, QueryRunner } from 'typeorm';
import { type Queryable, schemaIdentifier } from '../queryable';
import { queryRunnerQueryable } from './query-runner.queryable';

/** What TypeORM's `migrations` option takes: classes, which it instantiates itself. */
export type ReadModelMigration = new () => MigrationInterface;

/** One step of a reader's migration set: a projector's DDL function and the tables it creates. */
export type ReadModelMigrationStep = Readonly<{
  /** Stable and ending in a 13-digit timestamp: TypeORM orders and records migrations by it. */
  name: string;
  migrate: (db: Queryable, schema: string) => Promise<void>;
  tables: readonly string[];
}>;

/**
 * A migration class bound to a schema. `up` runs the projector's own DDL function, so the reader
 * and the projector can never disagree on a table; it creates only what is missing, and a schema
 * the projector already set up is left as it is. `down` drops the step's tables whoever created
 * them: reverting on a live schema takes the rows from the projector too, until its next start
 * creates the tables again and a rebuild refills them.
 */
export function readModelMigration(
  schema: string,
  step: ReadModelMigrationStep,
): ReadModelMigration {
  const s = schemaIdentifier(schema);
  return class implements MigrationInterface {
    readonly name = step.name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await step.migrate(queryRunnerQueryable(queryRunner), s);
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      const tables = step.tables.map((table) => `${s}.${table}`).join(', ');
      await queryRunner.query(`DROP TABLE IF EXISTS ${tables}`);
    }
  };
}
