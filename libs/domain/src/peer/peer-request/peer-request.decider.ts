import { DEFAULT_SCORING_RULES, type ScoringRules } from '../../scoring/scoring-rules';
import type { Decider } from '../../shared/decider';
import { exhaustive } from '../../shared/exhaustive';
import type { PeerRequestCommand } from './peer-request.commands';
import type { PeerRequestEvent } from './peer-request.events';
import { evolvePeerRequest } from './peer-request.evolve';
import type { PeerRequestState } from './peer-request.state';
import { raisePeerRequest } from './raise-peer-request';
import {
  acceptPeerRequest,
  declinePeerRequest,
  fulfilPeerRequest,
  redirectPeerRequest,
} from './recipient-answers';
import { acknowledgePeerRequest, withdrawPeerRequest } from './requester-follow-up';
import { recordDeliverySlaBreach, recordResponseSlaBreach } from './sla-timers';

type PeerRequestDecider = Decider<PeerRequestState, PeerRequestCommand, PeerRequestEvent>;

/** The peer request decider deciding with these scoring rules (a raise's overload warning). */
export function peerRequestDeciderFor(rules: ScoringRules): PeerRequestDecider {
  return {
    ...peerRequestDecider,
    decide: (command, state) =>
      command.type === 'RaisePeerRequest'
        ? raisePeerRequest(command, state, rules)
        : peerRequestDecider.decide(command, state),
  };
}

/** The peer request decider with the default scoring rules. */
export const peerRequestDecider: PeerRequestDecider = {
  name: 'PeerRequest',
  initialState: () => ({ status: 'NotRaised' }),
  decide(command, state) {
    switch (command.type) {
      case 'RaisePeerRequest':
        return raisePeerRequest(command, state, DEFAULT_SCORING_RULES);
      case 'AcceptPeerRequest':
        return acceptPeerRequest(command, state);
      case 'DeclinePeerRequest':
        return declinePeerRequest(command, state);
      case 'RedirectPeerRequest':
        return redirectPeerRequest(command, state);
      case 'FulfilPeerRequest':
        return fulfilPeerRequest(command, state);
      case 'AcknowledgePeerRequest':
        return acknowledgePeerRequest(command, state);
      case 'WithdrawPeerRequest':
        return withdrawPeerRequest(command, state);
      case 'RecordResponseSlaBreach':
        return recordResponseSlaBreach(command, state);
      case 'RecordDeliverySlaBreach':
        return recordDeliverySlaBreach(command, state);
      default:
        return exhaustive(command);
    }
  },
  evolve: evolvePeerRequest,
};
