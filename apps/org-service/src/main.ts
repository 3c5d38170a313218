import { bootstrapApp } from '@lib/platform';
import { OrgServiceModule } from './org-service.module';
import { orgServiceOptions } from './org-service.options';

void bootstrapApp(OrgServiceModule.forRoot(), orgServiceOptions());
