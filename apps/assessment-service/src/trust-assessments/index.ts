import { CloseTrustAssessmentRoundHandler } from './close-trust-assessment-round.handler';
import { RequestPeerTrustRatingsHandler } from './request-peer-trust-ratings.handler';
import { SubmitPeerTrustRatingHandler } from './submit-peer-trust-rating.handler';
import { SubmitTrustSelfAssessmentHandler } from './submit-trust-self-assessment.handler';

export const trustAssessmentHandlers = [
  SubmitTrustSelfAssessmentHandler,
  RequestPeerTrustRatingsHandler,
  SubmitPeerTrustRatingHandler,
  CloseTrustAssessmentRoundHandler,
];
