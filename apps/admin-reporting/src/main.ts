import { bootstrapApp } from '@lib/platform';
import { AdminReportingModule } from './admin-reporting.module';
import { adminReportingOptions } from './admin-reporting.options';

void bootstrapApp(AdminReportingModule.forRoot(), adminReportingOptions());
