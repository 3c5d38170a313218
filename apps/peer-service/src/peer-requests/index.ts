import { AcceptPeerRequestHandler } from './accept-peer-request.handler';
import { AcknowledgePeerRequestHandler } from './acknowledge-peer-request.handler';
import { DeclinePeerRequestHandler } from './decline-peer-request.handler';
import { FulfilPeerRequestHandler } from './fulfil-peer-request.handler';
import { RaisePeerRequestHandler } from './raise-peer-request.handler';
import { RedirectPeerRequestHandler } from './redirect-peer-request.handler';
import { WithdrawPeerRequestHandler } from './withdraw-peer-request.handler';

export { PeerRequestFacts } from './peer-request-facts';

export const peerRequestHandlers = [
  RaisePeerRequestHandler,
  AcceptPeerRequestHandler,
  DeclinePeerRequestHandler,
  RedirectPeerRequestHandler,
  FulfilPeerRequestHandler,
  AcknowledgePeerRequestHandler,
  WithdrawPeerRequestHandler,
];
