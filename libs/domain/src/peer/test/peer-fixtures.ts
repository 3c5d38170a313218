import type { CommandMetadata } from '../../shared/decider';
import { addDays } from '../../shared/time';

// Shared by the peer specs: who acts, and when. Under a `test/` folder, so that production code
// cannot import it.

export const NOW = '2025-03-03T09:00:00.000Z';
export const inDays = (days: number) => addDays(NOW, days);

export const ana = 'leader-ana';
export const ben = 'leader-ben';
export const cho = 'leader-cho';
export const dan = 'leader-dan';
export const finance = 'div-finance';
export const operations = 'div-operations';
export const legal = 'div-legal';
export const sales = 'div-sales';

/** The peer service's SLA timer, which sends the timer commands. */
export const slaTimer = 'peer-service:sla-timer';

let commands = 0;

export function actingAs(actorId: string, now: string = NOW): CommandMetadata {
  commands += 1;
  return {
    tenantId: 'tenant-acme',
    actorId,
    commandId: `command-${commands}`,
    now,
    roles: ['leader'],
  };
}

export const activeIn = (divisionId: string) => ({ divisionId, active: true });
export const inactiveIn = (divisionId: string) => ({ divisionId, active: false });

/** An event type no decider knows, such as one from a newer release: replay must pass over it. */
export const unknownEvent = { type: 'SomethingElseHappened', data: {} } as never;
