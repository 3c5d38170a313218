import type {
  CompanyPrioritiesRankedData,
  DivisionPortfolioRankedData,
  ProjectClosedData,
  ProjectOwnerChangedData,
  ProjectStatusReportedData,
  StrategicProjectRegisteredData,
  SupportCommittedData,
  SupportCounterAcceptedData,
  SupportCounterProposedData,
  SupportDeclinedData,
  SupportDeliveredData,
  SupportNeedDeclaredData,
  SupportNeedWithdrawnData,
  SupportSlippedData,
} from '@lib/domain';
import type { SameShape } from './conformance';
import type { EventData } from './define-event';
import type {
  CompanyPrioritiesRanked,
  DivisionPortfolioRanked,
  ProjectClosed,
  ProjectOwnerChanged,
  ProjectStatusReported,
  StrategicProjectRegistered,
  SupportCommitted,
  SupportCounterAccepted,
  SupportCounterProposed,
  SupportDeclined,
  SupportDelivered,
  SupportNeedDeclared,
  SupportNeedWithdrawn,
  SupportSlipped,
} from './strategy.events';

// Compile-time proof that the strategy deciders emit exactly the data the contract publishes: a
// field renamed, added or made optional on either side fails `tsc`.

export const strategicProjectRegistered: SameShape<
  EventData<typeof StrategicProjectRegistered>,
  StrategicProjectRegisteredData
> = true;
export const projectStatusReported: SameShape<
  EventData<typeof ProjectStatusReported>,
  ProjectStatusReportedData
> = true;
export const projectOwnerChanged: SameShape<
  EventData<typeof ProjectOwnerChanged>,
  ProjectOwnerChangedData
> = true;
export const projectClosed: SameShape<EventData<typeof ProjectClosed>, ProjectClosedData> = true;
export const supportNeedDeclared: SameShape<
  EventData<typeof SupportNeedDeclared>,
  SupportNeedDeclaredData
> = true;
export const supportCommitted: SameShape<
  EventData<typeof SupportCommitted>,
  SupportCommittedData
> = true;
export const supportCounterProposed: SameShape<
  EventData<typeof SupportCounterProposed>,
  SupportCounterProposedData
> = true;
export const supportCounterAccepted: SameShape<
  EventData<typeof SupportCounterAccepted>,
  SupportCounterAcceptedData
> = true;
export const supportDeclined: SameShape<
  EventData<typeof SupportDeclined>,
  SupportDeclinedData
> = true;
export const supportSlipped: SameShape<EventData<typeof SupportSlipped>, SupportSlippedData> = true;
export const supportDelivered: SameShape<
  EventData<typeof SupportDelivered>,
  SupportDeliveredData
> = true;
export const supportNeedWithdrawn: SameShape<
  EventData<typeof SupportNeedWithdrawn>,
  SupportNeedWithdrawnData
> = true;
export const divisionPortfolioRanked: SameShape<
  EventData<typeof DivisionPortfolioRanked>,
  DivisionPortfolioRankedData
> = true;
export const companyPrioritiesRanked: SameShape<
  EventData<typeof CompanyPrioritiesRanked>,
  CompanyPrioritiesRankedData
> = true;
