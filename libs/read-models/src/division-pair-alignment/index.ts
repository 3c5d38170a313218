export { ALIGNMENT_EVENT_TYPES, type AlignmentEvidence } from './alignment-inputs';
export {
  DivisionPairAlignmentEntity,
  type RankingRecord,
  type SupportGapRecord,
} from './division-pair-alignment.entity';
export { DivisionPairAlignmentQueries } from './division-pair-alignment.queries';
