import { PlatformModule } from '@lib/platform';
import { ProjectorModule } from '@lib/projections';
import { type DynamicModule, Module } from '@nestjs/common';
import { ALIGNMENT_SCHEMA, alignmentProjectorOptions } from './alignment-projector.options';
import { alignmentProjection } from './alignment.projection';

@Module({})
export class AlignmentProjectorModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AlignmentProjectorModule,
      imports: [
        PlatformModule.forRoot(alignmentProjectorOptions(variables)),
        ProjectorModule.forRoot({ projection: alignmentProjection, schema: ALIGNMENT_SCHEMA }),
      ],
    };
  }
}
