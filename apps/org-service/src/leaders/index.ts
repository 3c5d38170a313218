import { ChangeLeaderDivisionHandler } from './change-leader-division.handler';
import { DeactivateLeaderHandler } from './deactivate-leader.handler';
import { DeclareCapacityHandler } from './declare-capacity.handler';
import { RegisterLeaderHandler } from './register-leader.handler';
import { ShareFocusAreasHandler } from './share-focus-areas.handler';

export const leaderHandlers = [
  RegisterLeaderHandler,
  ChangeLeaderDivisionHandler,
  DeclareCapacityHandler,
  DeactivateLeaderHandler,
  ShareFocusAreasHandler,
];
