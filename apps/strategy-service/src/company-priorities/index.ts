import { RankCompanyPrioritiesHandler } from './rank-company-priorities.handler';

export const companyPrioritiesHandlers = [RankCompanyPrioritiesHandler];
