import type {
  CycleData,
  DivisionHeadAppointedData,
  DivisionRegisteredData,
  DivisionsMergedData,
  FocusAreasSharedData,
  LeaderCapacityDeclaredData,
  LeaderDeactivatedData,
  LeaderDivisionChangedData,
  LeaderRegisteredData,
  RankingDelegatedData,
  RankingDelegateRevokedData,
  ThemeDefinedData,
} from '@lib/domain';
import type { SameShape } from './conformance';
import type { EventData } from './define-event';
import type {
  CycleClosed,
  CycleLocked,
  CycleOpened,
  DivisionHeadAppointed,
  DivisionRegistered,
  DivisionsMerged,
  FocusAreasShared,
  LeaderCapacityDeclared,
  LeaderDeactivated,
  LeaderDivisionChanged,
  LeaderRegistered,
  RankingDelegated,
  RankingDelegateRevoked,
  ThemeDefined,
} from './org.events';

// The org deciders emit exactly the data the contract publishes: one check per event type.
// A mismatch makes the type `never`, so `= true` fails to compile.

export const leaderRegistered: SameShape<
  EventData<typeof LeaderRegistered>,
  LeaderRegisteredData
> = true;
export const leaderDivisionChanged: SameShape<
  EventData<typeof LeaderDivisionChanged>,
  LeaderDivisionChangedData
> = true;
export const leaderCapacityDeclared: SameShape<
  EventData<typeof LeaderCapacityDeclared>,
  LeaderCapacityDeclaredData
> = true;
export const leaderDeactivated: SameShape<
  EventData<typeof LeaderDeactivated>,
  LeaderDeactivatedData
> = true;
export const focusAreasShared: SameShape<
  EventData<typeof FocusAreasShared>,
  FocusAreasSharedData
> = true;
export const themeDefined: SameShape<EventData<typeof ThemeDefined>, ThemeDefinedData> = true;
export const divisionRegistered: SameShape<
  EventData<typeof DivisionRegistered>,
  DivisionRegisteredData
> = true;
export const divisionHeadAppointed: SameShape<
  EventData<typeof DivisionHeadAppointed>,
  DivisionHeadAppointedData
> = true;
export const rankingDelegated: SameShape<
  EventData<typeof RankingDelegated>,
  RankingDelegatedData
> = true;
export const rankingDelegateRevoked: SameShape<
  EventData<typeof RankingDelegateRevoked>,
  RankingDelegateRevokedData
> = true;
export const divisionsMerged: SameShape<
  EventData<typeof DivisionsMerged>,
  DivisionsMergedData
> = true;
export const cycleOpened: SameShape<EventData<typeof CycleOpened>, CycleData> = true;
export const cycleLocked: SameShape<EventData<typeof CycleLocked>, CycleData> = true;
export const cycleClosed: SameShape<EventData<typeof CycleClosed>, CycleData> = true;
