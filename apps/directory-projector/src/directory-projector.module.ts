import { PlatformModule } from '@lib/platform';
import { ProjectorModule } from '@lib/projections';
import { type DynamicModule, Module } from '@nestjs/common';
import { DIRECTORY_SCHEMA, directoryProjectorOptions } from './directory-projector.options';
import { directoryProjection } from './directory.projection';

@Module({})
export class DirectoryProjectorModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: DirectoryProjectorModule,
      imports: [
        PlatformModule.forRoot(directoryProjectorOptions(variables)),
        ProjectorModule.forRoot({ projection: directoryProjection, schema: DIRECTORY_SCHEMA }),
      ],
    };
  }
}
