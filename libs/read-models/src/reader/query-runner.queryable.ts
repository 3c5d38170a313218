import type { QueryRunner } from 'typeorm';
import type { Queryable } from '../queryable';

/**
 * A TypeORM QueryRunner seen as a Queryable, so that a migration runs the projectors' own DDL
 * functions in the runner's transaction, with TypeORM's logging and error wrapping. TypeORM keeps
 * only the rows and the affected count of a result; the DDL functions read neither, and no caller
 * should expect field metadata from this adapter.
 */
export function queryRunnerQueryable(queryRunner: QueryRunner): Queryable {
  return {
    async query(text, values) {
      const result = await queryRunner.query(text, values, true);
      return {
        rows: result.records,
        rowCount: result.affected ?? null,
        command: '',
        oid: 0,
        fields: [],
      };
    },
  };
}
