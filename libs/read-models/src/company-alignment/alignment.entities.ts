import { DivisionPairAlignmentEntity } from '../division-pair-alignment/division-pair-alignment.entity';
import { AlignmentDriftEntity, AlignmentRerankEntity } from './alignment-drift.entity';
import { CompanyAlignmentEntity, VerticalAlignmentEntity } from './company-alignment.entity';

/** The entities a DataSource reading the alignment projector's schema must register. */
export const ALIGNMENT_ENTITIES = [
  DivisionPairAlignmentEntity,
  CompanyAlignmentEntity,
  VerticalAlignmentEntity,
  AlignmentRerankEntity,
  AlignmentDriftEntity,
] as const;
