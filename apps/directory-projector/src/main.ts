import { bootstrapApp } from '@lib/platform';
import { DirectoryProjectorModule } from './directory-projector.module';
import { directoryProjectorOptions } from './directory-projector.options';

void bootstrapApp(DirectoryProjectorModule.forRoot(), directoryProjectorOptions());
