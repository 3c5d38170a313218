import type {
  PeerTrustRatingsRequestedData,
  PeerTrustRatingSubmittedData,
  TrustAssessmentRoundClosedData,
  TrustSelfAssessmentSubmittedData,
} from '@lib/domain';
import type {
  PeerTrustRatingsRequested,
  PeerTrustRatingSubmitted,
  TrustAssessmentRoundClosed,
  TrustSelfAssessmentSubmitted,
} from './assessment.events';
import type { SameShape } from './conformance';
import type { EventData } from './define-event';

// Compile-time proof that the TrustAssessment decider emits exactly the data the contract
// publishes: a field renamed, added or made optional on either side fails `tsc`.

export const trustSelfAssessmentSubmitted: SameShape<
  EventData<typeof TrustSelfAssessmentSubmitted>,
  TrustSelfAssessmentSubmittedData
> = true;
export const peerTrustRatingsRequested: SameShape<
  EventData<typeof PeerTrustRatingsRequested>,
  PeerTrustRatingsRequestedData
> = true;
export const peerTrustRatingSubmitted: SameShape<
  EventData<typeof PeerTrustRatingSubmitted>,
  PeerTrustRatingSubmittedData
> = true;
export const trustAssessmentRoundClosed: SameShape<
  EventData<typeof TrustAssessmentRoundClosed>,
  TrustAssessmentRoundClosedData
> = true;
