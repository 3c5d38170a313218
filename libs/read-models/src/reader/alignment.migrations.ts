import { ALIGNMENT_TABLES, migrateAlignment } from '../company-alignment/alignment.schema';
import { type ReadModelMigration, readModelMigration } from './read-model-migration';

// migrateAlignment creates the projection's stored inputs with the tables the entities map: it is
// the one source of that DDL, so the reader's migration takes the inputs along rather than
// keeping a second copy of the derived tables' DDL.
const ALIGNMENT_STEP = {
  name: 'AlignmentReadModels1795656000000',
  migrate: migrateAlignment,
  tables: ALIGNMENT_TABLES,
};

/** The migrations of the alignment read models in the alignment projector's schema. */
export function alignmentReadModelMigrations(schema: string): ReadModelMigration[] {
  return [readModelMigration(schema, ALIGNMENT_STEP)];
}
