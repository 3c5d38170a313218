import { bootstrapApp } from '@lib/platform';
import { AssessmentProjectorModule } from './assessment-projector.module';
import { assessmentProjectorOptions } from './assessment-projector.options';

void bootstrapApp(AssessmentProjectorModule.forRoot(), assessmentProjectorOptions());
