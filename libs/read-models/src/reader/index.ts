export { queryRunnerQueryable } from './query-runner.queryable';
export {
  type ReadModelMigration,
  type ReadModelMigrationStep,
  readModelMigration,
} from './read-model-migration';
export { alignmentReadModelMigrations } from './alignment.migrations';
export { riskReadModelMigrations } from './risk.migrations';
export { RISK_ENTITIES } from './risk.entities';
export {
  READ_MODEL_SETS,
  type ReadModelSet,
  type ReaderConnectionOptions,
  readModelDataSourceOptions,
  runReadModelMigrations,
} from './reader-data-source';
