import { bootstrapApp } from '@lib/platform';
import { AlignmentProjectorModule } from './alignment-projector.module';
import { alignmentProjectorOptions } from './alignment-projector.options';

void bootstrapApp(AlignmentProjectorModule.forRoot(), alignmentProjectorOptions());
