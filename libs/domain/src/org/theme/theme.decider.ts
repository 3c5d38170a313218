import type { Decider } from '../../shared/decider';
import { Conflict, NotFound, RuleViolated } from '../../shared/domain-errors';
import { exhaustive } from '../../shared/exhaustive';
import { streamId } from '../../shared/stream-id';
import { requireAdminOrExecutive } from '../org-access';
import { NAME_BOUNDS, requireTextLength } from '../org-rules';
import type { DefineTheme, ThemeCommand } from './theme.commands';
import type { ThemeDefined, ThemeEvent } from './theme.events';
import type { ThemeState } from './theme.state';

export const THEME_OBJECTIVE_REF_BOUNDS = { min: 1, max: 200 } as const;

export function themeStream(tenantId: string, themeId: string): string {
  return streamId('theme', tenantId, themeId);
}

export const themeDecider: Decider<ThemeState, ThemeCommand, ThemeEvent> = {
  name: 'Theme',
  initialState: () => ({ status: 'not_defined' }),
  decide(command, state) {
    switch (command.type) {
      case 'DefineTheme':
        return [defineTheme(command, state)];
      default:
        // With a single command, the switch narrows `command.type` to never, not `command`.
        return exhaustive(command.type);
    }
  },
  evolve,
};

function defineTheme(command: DefineTheme, state: ThemeState): ThemeDefined {
  requireAdminOrExecutive(command);
  const { themeId, cycleId, name, objectiveRef, facts } = command.data;
  if (state.status === 'defined') {
    throw new Conflict('THEME_ALREADY_DEFINED', `Theme ${themeId} is already defined.`);
  }
  if (facts.cycleStatus === null) {
    throw new NotFound('CYCLE_NOT_FOUND', `No cycle ${cycleId}.`, 'cycleId');
  }
  if (facts.cycleStatus === 'closed') {
    throw new RuleViolated('CYCLE_CLOSED', `Cycle ${cycleId} has ended.`, 'cycleId');
  }
  requireTextLength(name, NAME_BOUNDS, { code: 'NAME_LENGTH_OUT_OF_RANGE', field: 'name' });
  if (objectiveRef !== undefined) {
    requireTextLength(objectiveRef, THEME_OBJECTIVE_REF_BOUNDS, {
      code: 'OBJECTIVE_REF_LENGTH_OUT_OF_RANGE',
      field: 'objectiveRef',
    });
  }
  const objective = objectiveRef === undefined ? {} : { objectiveRef };
  return { type: 'ThemeDefined', data: { themeId, cycleId, name, ...objective } };
}

function evolve(state: ThemeState, event: ThemeEvent): ThemeState {
  switch (event.type) {
    case 'ThemeDefined':
      return { status: 'defined', themeId: event.data.themeId, cycleId: event.data.cycleId };
    default:
      return state;
  }
}
