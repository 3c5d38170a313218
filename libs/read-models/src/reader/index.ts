export { queryRunnerQueryable } from './query-runner.queryable';
export {
  type ReadModelMigration,
  type ReadModelMigrationStep,
  readModelMigration,
} from './read-model-migration';
export { alignmentReadModelMigrations } from './alignment.migrations';
export { riskReadModelMigrations } from './risk.migrations';
export { RISK_ENTITIES } from './risk.entities';
export { DIRECTORY_ENTITIES } from './directory.entities';
export {
  DIRECTORY_TABLES,
  directoryReadModelMigrations,
  migrateDirectoryReadModels,
} from './directory.migrations';
export {
  READ_MODEL_SETS,
  type ReadModelSet,
  type ReaderConnectionOptions,
  readModelDataSourceOptions,
  runReadModelMigrations,
} from './reader-data-source';
