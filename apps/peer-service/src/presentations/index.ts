import { InvitePeerToPresentHandler } from './invite-peer-to-present.handler';
import { RecordPresentationDeliveredHandler } from './record-presentation-delivered.handler';
import { RespondToInvitationHandler } from './respond-to-invitation.handler';

export { InvitationFacts } from './invitation-facts';

export const presentationHandlers = [
  InvitePeerToPresentHandler,
  RespondToInvitationHandler,
  RecordPresentationDeliveredHandler,
];
