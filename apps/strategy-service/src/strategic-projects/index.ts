import { ChangeOwnerHandler } from './change-owner.handler';
import { CloseProjectHandler } from './close-project.handler';
import { ProjectFacts } from './project-facts';
import { RegisterStrategicProjectHandler } from './register-strategic-project.handler';
import { ReportProjectStatusHandler } from './report-project-status.handler';

export const strategicProjectHandlers = [
  RegisterStrategicProjectHandler,
  ReportProjectStatusHandler,
  ChangeOwnerHandler,
  CloseProjectHandler,
];

export const strategicProjectProviders = [ProjectFacts];
