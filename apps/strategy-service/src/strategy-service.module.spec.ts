import type {
  CompanyPrioritiesCommand,
  DivisionPortfolioCommand,
  StrategicProjectCommand,
  SupportNeedCommand,
} from '@lib/domain';
import { PATTERN_METADATA } from '@nestjs/microservices/constants';
import { StrategyServiceModule } from './strategy-service.module';

type StrategyCommandType = (
  StrategicProjectCommand | SupportNeedCommand | DivisionPortfolioCommand | CompanyPrioritiesCommand
)['type'];

// A record, not a list: the compiler refuses it until a command added to the domain is named here.
const strategyCommands: Record<StrategyCommandType, true> = {
  RegisterStrategicProject: true,
  ReportProjectStatus: true,
  ChangeOwner: true,
  CloseProject: true,
  DeclareSupportNeed: true,
  CommitSupport: true,
  CounterProposeSupport: true,
  AcceptCounterProposal: true,
  DeclineSupport: true,
  ReportSupportSlip: true,
  RecordSupportDelivered: true,
  WithdrawSupportNeed: true,
  RankDivisionPortfolio: true,
  RankCompanyPriorities: true,
};

function messagePatterns(controller: abstract new (...args: never[]) => unknown): string[] {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap(
    (name) => (Reflect.getMetadata(PATTERN_METADATA, prototype[name] as object) ?? []) as string[],
  );
}

describe('the strategy service module', () => {
  it('takes every command of the strategy context, each in one handler', () => {
    const controllers = StrategyServiceModule.forRoot({}).controllers ?? [];
    const patterns = controllers.flatMap(messagePatterns);
    expect([...patterns].sort()).toEqual(Object.keys(strategyCommands).sort());
  });
});
