export {
  AlignmentDriftEntity,
  AlignmentRerankEntity,
  type RankMove,
} from './alignment-drift.entity';
export { ALIGNMENT_ENTITIES } from './alignment.entities';
export { projectAlignmentEvent } from './alignment.projection';
export { ALIGNMENT_TABLES, migrateAlignment } from './alignment.schema';
export { SqlAlignmentStore } from './alignment.sql-store';
export { AlignmentStore } from './alignment.store';
export {
  CompanyAlignmentEntity,
  VerticalAlignmentEntity,
  type WorstPairRecord,
} from './company-alignment.entity';
export {
  CompanyAlignmentQueries,
  type CompanyAlignmentView,
  type DriftHistoryEntry,
} from './company-alignment.queries';
