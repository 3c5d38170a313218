import type { PlatformOptions } from '@lib/platform';
import { ProjectorEnvironment } from '@lib/projections';

/**
 * Nothing beyond a projector's variables. REEVALUATE_INTERVAL_MS is read by no job here: every row
 * of the directory follows from the events alone.
 */
export class DirectoryProjectorEnvironment extends ProjectorEnvironment {}

/**
 * The directory projector: what portals list and open (leaders, divisions, cycles and themes,
 * peer requests, presentations, mutual themes, strategic projects, support needs).
 */
export const directoryProjectorOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<DirectoryProjectorEnvironment> => ({
  serviceName: 'directory-projector',
  environment: DirectoryProjectorEnvironment,
  variables,
});

/** The projector's own PostgreSQL schema: its read models and the runner's tables. */
export const DIRECTORY_SCHEMA = 'directory';
