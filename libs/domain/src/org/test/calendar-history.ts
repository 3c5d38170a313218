import type {
  CycleClosed,
  CycleData,
  CycleLocked,
  CycleOpened,
} from '../planning-calendar/planning-calendar.events';

export const h1: CycleData = {
  cycleId: 'fy25-h1',
  startsAt: '2025-01-01T00:00:00.000Z',
  endsAt: '2025-07-01T00:00:00.000Z',
};

export const h1Opened: CycleOpened = { type: 'CycleOpened', data: h1 };
export const h1Locked: CycleLocked = { type: 'CycleLocked', data: h1 };
export const h1Closed: CycleClosed = { type: 'CycleClosed', data: h1 };
