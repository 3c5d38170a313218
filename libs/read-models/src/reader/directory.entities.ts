import { MutualThemeView } from '../mutual-themes/mutual-theme.entity';
import {
  DivisionView,
  LeaderView,
  PlanningCycleView,
  ThemeView,
} from '../org-chart/org-chart.entities';
import { PeerRequestView } from '../peer-requests/peer-request.entity';
import { PresentationView } from '../presentations/presentation.entity';
import { StrategicProjectView } from '../strategic-projects/strategic-project.entity';
import { SupportNeedView } from '../support-needs/support-need.entity';

/** The entities a DataSource reading the directory projector's schema must register. */
export const DIRECTORY_ENTITIES = [
  LeaderView,
  DivisionView,
  PlanningCycleView,
  ThemeView,
  PeerRequestView,
  PresentationView,
  MutualThemeView,
  StrategicProjectView,
  SupportNeedView,
] as const;
