import { PlanningCalendarHandlers } from './cycle-handlers';

export const planningCalendarHandlers = [PlanningCalendarHandlers];
