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
import {
  AssessmentAggregatesHandler,
  MyTrustAssessmentsHandler,
} from './trust-assessment/trust-assessment.query';
import { TrustAssessmentResolver } from './trust-assessment/trust-assessment.resolver';
import { ViewerHandler } from './viewer/viewer.query';
import { ViewerResolver } from './viewer/viewer.resolver';
import { MutualThemesHandler } from './mutual-themes/mutual-themes.query';
import { MutualThemesResolver } from './mutual-themes/mutual-themes.resolver';
import {
  DivisionsHandler,
  LeadersHandler,
  PlanningCyclesHandler,
  ThemesHandler,
} from './org-chart/org-chart.queries';
import {
  DivisionsResolver,
  LeadersResolver,
  PlanningCyclesResolver,
} from './org-chart/org-chart.resolver';
import { PeerRequestsHandler } from './peer-requests/peer-requests.query';
import { PeerRequestsResolver } from './peer-requests/peer-requests.resolver';
import { PresentationsHandler } from './presentations/presentations.query';
import { PresentationsResolver } from './presentations/presentations.resolver';
import {
  StrategicProjectsHandler,
  SupportNeedsHandler,
} from './strategic-projects/strategic-projects.query';
import { StrategicProjectsResolver } from './strategic-projects/strategic-projects.resolver';

/** The resolvers of the queries, one per area: what the schema is built from. */
export const queryResolvers = [
  ViewerResolver,
  ProjectRisksResolver,
  SocialCapitalResolver,
  PeerLoadResolver,
  AlignmentResolver,
  CollaborationMatrixResolver,
  TrustAssessmentResolver,
  LeadersResolver,
  DivisionsResolver,
  PlanningCyclesResolver,
  PeerRequestsResolver,
  PresentationsResolver,
  MutualThemesResolver,
  StrategicProjectsResolver,
];

/** The queries over the read models: one resolver per area, one handler per query. */
@Module({
  providers: [
    ...queryResolvers,
    ViewerHandler,
    ProjectRiskHandler,
    ProjectRisksHandler,
    SocialCapitalHandler,
    PeerLoadHandler,
    OverloadedLeadersHandler,
    CompanyAlignmentHandler,
    PairAlignmentHandler,
    AlignmentDriftHandler,
    CollaborationMatrixHandler,
    MyTrustAssessmentsHandler,
    AssessmentAggregatesHandler,
    LeadersResolver,
    LeadersHandler,
    DivisionsResolver,
    DivisionsHandler,
    PlanningCyclesResolver,
    PlanningCyclesHandler,
    ThemesHandler,
    PeerRequestsResolver,
    PeerRequestsHandler,
    PresentationsResolver,
    PresentationsHandler,
    MutualThemesResolver,
    MutualThemesHandler,
    StrategicProjectsResolver,
    StrategicProjectsHandler,
    SupportNeedsHandler,
  ],
})
export class QueriesModule {}
