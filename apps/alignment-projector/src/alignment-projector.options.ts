import type { PlatformOptions } from '@lib/platform';
import { ProjectorEnvironment } from '@lib/projections';

/**
 * Nothing beyond a projector's variables. REEVALUATE_INTERVAL_MS is read by no job here: no term
 * of domain README §5.4 depends on the present, so every row follows from the events alone.
 */
export class AlignmentProjectorEnvironment extends ProjectorEnvironment {}

/** The alignment projector: division pair, vertical and company alignment, and their drift. */
export const alignmentProjectorOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<AlignmentProjectorEnvironment> => ({
  serviceName: 'alignment-projector',
  environment: AlignmentProjectorEnvironment,
  variables,
});

/** The projector's own PostgreSQL schema: its inputs, read models and the runner's tables. */
export const ALIGNMENT_SCHEMA = 'alignment';
