import { PortfolioFacts } from './portfolio-facts';
import { RankDivisionPortfolioHandler } from './rank-division-portfolio.handler';

export const divisionPortfolioHandlers = [RankDivisionPortfolioHandler];

export const divisionPortfolioProviders = [PortfolioFacts];
