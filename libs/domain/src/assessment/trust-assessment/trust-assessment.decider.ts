import type { Decider } from '../../shared/decider';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { closeRound, requestRatings, submitRating } from './peer-round';
import { submitSelfAssessment } from './self-assessment';
import type { TrustAssessmentCommand } from './trust-assessment.commands';
import type { TrustAssessmentEvent } from './trust-assessment.events';
import type { TrustAssessmentState } from './trust-assessment.state';

export function trustAssessmentStream(tenantId: string, assessmentId: string): string {
  return streamId('trust-assessment', tenantId, assessmentId);
}

function evolve(state: TrustAssessmentState, event: TrustAssessmentEvent): TrustAssessmentState {
  switch (event.type) {
    case 'TrustSelfAssessmentSubmitted': {
      const { subjectId, subjectDivId, instrumentVersion } = event.data;
      return { status: 'self_assessed', subjectId, subjectDivId, instrumentVersion };
    }
    case 'PeerTrustRatingsRequested':
      if (state.status !== 'self_assessed') return state;
      return {
        ...state,
        status: 'open',
        invited: event.data.raters.map(({ raterIndex }) => raterIndex),
        rated: [],
      };
    case 'PeerTrustRatingSubmitted':
      if (state.status !== 'open') return state;
      return { ...state, rated: [...state.rated, event.data.raterIndex] };
    case 'TrustAssessmentRoundClosed':
      return state.status === 'open' ? { ...state, status: 'closed' } : state;
    default:
      return state;
  }
}

export const trustAssessmentDecider: Decider<
  TrustAssessmentState,
  TrustAssessmentCommand,
  TrustAssessmentEvent
> = {
  name: 'TrustAssessment',
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'SubmitTrustSelfAssessment':
        return submitSelfAssessment(command, state);
      case 'RequestPeerTrustRatings':
        return requestRatings(command, state);
      case 'SubmitPeerTrustRating':
        return submitRating(command, state);
      case 'CloseTrustAssessmentRound':
        return closeRound(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve,
};
