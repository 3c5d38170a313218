import type { Principal, Role } from '@lib/auth';
import { type CommandService, serviceOfCommand } from '@lib/command-transport';

export const DEMO_TENANT = 'demo';
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const STEP_MS = 10_000;

/** One command of the story, at the business time the seed sets the services' clocks to. */
export interface SeedStep {
  at: string;
  service: CommandService;
  type: string;
  actor: Principal;
  input: Record<string, unknown>;
}

export const admin: Principal = {
  tenantId: DEMO_TENANT,
  leaderId: 'demo-admin',
  roles: ['admin', 'executive'],
};

export function leader(leaderId: string, ...roles: Role[]): Principal {
  return { tenantId: DEMO_TENANT, leaderId, roles: ['leader', ...roles] };
}

interface Planned {
  day: number;
  hour: number;
  order: number;
  type: string;
  actor: Principal;
  input: Record<string, unknown>;
}

/**
 * Collects the story's commands by day and hour, in any order, and lays them out in time: each
 * command ten seconds after the one before it within its hour, so every run gives the same times.
 */
export class StoryBuilder {
  private readonly planned: Planned[] = [];

  /** Steps after `lastDay` have not happened yet when the story is told: they are left out. */
  constructor(
    private readonly start: Date,
    private readonly lastDay: number,
  ) {}

  /** The instant `day` days and `hour` hours after the story's start, for dates inside commands. */
  instant(day: number, hour = 9): string {
    return new Date(this.start.getTime() + day * DAY_MS + hour * HOUR_MS).toISOString();
  }

  on(
    day: number,
    hour: number,
    type: string,
    actor: Principal,
    input: Record<string, unknown>,
  ): void {
    if (!serviceOfCommand(type)) throw new Error(`no command service takes ${type}`);
    if (hour < 0 || hour > 23) throw new RangeError(`hour ${hour} of day ${day} is not 0 to 23`);
    if (day > this.lastDay) return;
    this.planned.push({ day, hour, order: this.planned.length, type, actor, input });
  }

  build(): SeedStep[] {
    const sorted = [...this.planned].sort(
      (a, b) => a.day - b.day || a.hour - b.hour || a.order - b.order,
    );
    let slot = '';
    let position = 0;
    return sorted.map(({ day, hour, type, actor, input }) => {
      const hourSlot = `${day}:${hour}`;
      position = hourSlot === slot ? position + 1 : 0;
      slot = hourSlot;
      if (position * STEP_MS >= HOUR_MS)
        throw new RangeError(`day ${day} hour ${hour} is too full`);
      const at = new Date(Date.parse(this.instant(day, hour)) + position * STEP_MS).toISOString();
      return { at, service: serviceOfCommand(type)!, type, actor, input };
    });
  }
}
