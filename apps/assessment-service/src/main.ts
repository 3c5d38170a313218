import { bootstrapApp } from '@lib/platform';
import { AssessmentServiceModule } from './assessment-service.module';
import { assessmentServiceOptions } from './assessment-service.options';

void bootstrapApp(AssessmentServiceModule.forRoot(), assessmentServiceOptions());
