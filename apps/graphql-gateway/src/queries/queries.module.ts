import { Module } from '@nestjs/common';
import {
  AlignmentDriftHandler,
  CompanyAlignmentHandler,
  PairAlignmentHandler,
} from './alignment/alignment.queries';
import { AlignmentResolver } from './alignment/alignment.resolver';
import { CollaborationMatrixHandler } from './collaboration-matrix/collaboration-matrix.query';
import { CollaborationMatrixResolver } from './collaboration-matrix/collaboration-matrix.resolver';
import { OverloadedLeadersHandler, PeerLoadHandler } from './peer-load/peer-load.query';
import { PeerLoadResolver } from './peer-load/peer-load.resolver';
import { ProjectRiskHandler } from './project-risks/project-risk.query';
import { ProjectRisksHandler } from './project-risks/project-risks.query';
import { ProjectRisksResolver } from './project-risks/project-risks.resolver';
import { SocialCapitalHandler } from './social-capital/social-capital.query';
import { SocialCapitalResolver } from './social-capital/social-capital.resolver';
import { ViewerHandler } from './viewer/viewer.query';
import { ViewerResolver } from './viewer/viewer.resolver';

/** The queries over the read models: one resolver per area, one handler per query. */
@Module({
  providers: [
    ViewerResolver,
    ViewerHandler,
    ProjectRisksResolver,
    ProjectRiskHandler,
    ProjectRisksHandler,
    SocialCapitalResolver,
    SocialCapitalHandler,
    PeerLoadResolver,
    PeerLoadHandler,
    OverloadedLeadersHandler,
    AlignmentResolver,
    CompanyAlignmentHandler,
    PairAlignmentHandler,
    AlignmentDriftHandler,
    CollaborationMatrixResolver,
    CollaborationMatrixHandler,
  ],
})
export class QueriesModule {}
