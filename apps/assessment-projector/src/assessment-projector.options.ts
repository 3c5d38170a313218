import type { PlatformOptions } from '@lib/platform';
import { ProjectorEnvironment } from '@lib/projections';

/** Nothing beyond a projector's variables: no assessment figure depends on the present. */
export class AssessmentProjectorEnvironment extends ProjectorEnvironment {}

/** The assessment projector: each subject's own result, and the aggregates read from them. */
export const assessmentProjectorOptions = (
  variables?: NodeJS.ProcessEnv,
): PlatformOptions<AssessmentProjectorEnvironment> => ({
  serviceName: 'assessment-projector',
  environment: AssessmentProjectorEnvironment,
  variables,
});

/**
 * Its own schema: the assessment read models live apart from every other score, so nothing that
 * computes social capital or risk reads them.
 */
export const ASSESSMENT_READ_SCHEMA = 'assessment_read';
