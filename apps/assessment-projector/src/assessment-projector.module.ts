import { PlatformModule } from '@lib/platform';
import { ProjectorModule } from '@lib/projections';
import { type DynamicModule, Module } from '@nestjs/common';
import { ASSESSMENT_READ_SCHEMA, assessmentProjectorOptions } from './assessment-projector.options';
import { assessmentProjection } from './assessment.projection';

@Module({})
export class AssessmentProjectorModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AssessmentProjectorModule,
      imports: [
        PlatformModule.forRoot(assessmentProjectorOptions(variables)),
        ProjectorModule.forRoot({
          projection: assessmentProjection,
          schema: ASSESSMENT_READ_SCHEMA,
        }),
      ],
    };
  }
}
