import type { CommandMetadata } from '../../shared/decider';

// Shared by the org specs: who acts, and when. Under a `test/` folder, so production cannot import it.

export const NOW = '2025-03-03T09:00:00.000Z';

let commands = 0;

export function actingAs(actorId: string, ...roles: string[]): CommandMetadata {
  commands += 1;
  return { tenantId: 'tenant-acme', actorId, commandId: `command-${commands}`, now: NOW, roles };
}

export const anAdmin = () => actingAs('leader-admin', 'leader', 'admin');
export const anExecutive = () => actingAs('leader-ceo', 'leader', 'executive');
export const aLeader = (leaderId: string) => actingAs(leaderId, 'leader');

/** An event type no decider knows, such as one from a newer release: replay must pass over it. */
export const unknownEvent = { type: 'SomethingElseHappened', data: {} } as never;
