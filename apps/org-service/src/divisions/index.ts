import { AppointDivisionHeadHandler } from './appoint-division-head.handler';
import { DelegateRankingHandler } from './delegate-ranking.handler';
import { MergeDivisionsHandler } from './merge-divisions.handler';
import { RegisterDivisionHandler } from './register-division.handler';
import { RevokeRankingDelegateHandler } from './revoke-ranking-delegate.handler';

export const divisionHandlers = [
  RegisterDivisionHandler,
  AppointDivisionHeadHandler,
  DelegateRankingHandler,
  RevokeRankingDelegateHandler,
  MergeDivisionsHandler,
];
