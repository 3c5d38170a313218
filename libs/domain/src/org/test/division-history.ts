import type {
  DivisionHeadAppointed,
  DivisionRegistered,
  RankingDelegated,
} from '../division/division.events';

export const finance = 'div-finance';
export const cfo = 'leader-cfo';
export const ana = 'leader-ana';

export const financeRegistered: DivisionRegistered = {
  type: 'DivisionRegistered',
  data: { divisionId: finance, name: 'Finance' },
};

export const cfoAppointed: DivisionHeadAppointed = {
  type: 'DivisionHeadAppointed',
  data: { divisionId: finance, leaderId: cfo },
};

export const anaDelegated: RankingDelegated = {
  type: 'RankingDelegated',
  data: { divisionId: finance, delegateId: ana },
};

/** A new head, taking over from the CFO. */
export const bo = 'leader-bo';

export const boAppointed: DivisionHeadAppointed = {
  type: 'DivisionHeadAppointed',
  data: { divisionId: finance, leaderId: bo },
};
