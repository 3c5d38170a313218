import { AcceptCounterProposalHandler } from './accept-counter-proposal.handler';
import { CommitSupportHandler } from './commit-support.handler';
import { CounterProposeSupportHandler } from './counter-propose-support.handler';
import { DeclareSupportNeedHandler } from './declare-support-need.handler';
import { DeclineSupportHandler } from './decline-support.handler';
import { RecordSupportDeliveredHandler } from './record-support-delivered.handler';
import { ReportSupportSlipHandler } from './report-support-slip.handler';
import { SupportNeedFacts } from './support-need-facts';
import { WithdrawSupportNeedHandler } from './withdraw-support-need.handler';

export const supportNeedHandlers = [
  DeclareSupportNeedHandler,
  CommitSupportHandler,
  CounterProposeSupportHandler,
  AcceptCounterProposalHandler,
  DeclineSupportHandler,
  ReportSupportSlipHandler,
  RecordSupportDeliveredHandler,
  WithdrawSupportNeedHandler,
];

export const supportNeedProviders = [SupportNeedFacts];
