// The strategy context (domain README §2): strategic projects, the support they need from other
// divisions, and how divisions and the company rank their work in a planning cycle.
export * from './strategy.vocabulary';
export type { DivisionRankingAuthority, LeaderMembership } from './strategy.facts';

export * from './strategic-project/strategic-project.commands';
export * from './strategic-project/strategic-project.events';
export type { StrategicProjectState } from './strategic-project/strategic-project.state';
export {
  strategicProjectDecider,
  strategicProjectStream,
} from './strategic-project/strategic-project.decider';

export * from './support-need/support-need.commands';
export * from './support-need/support-need.events';
export type { SupportNeedState, SupportTerms } from './support-need/support-need.state';
export { supportNeedDecider, supportNeedStream } from './support-need/support-need.decider';

export * from './division-portfolio/division-portfolio.commands';
export * from './division-portfolio/division-portfolio.events';
export type { DivisionPortfolioState } from './division-portfolio/division-portfolio.state';
export {
  divisionPortfolioDecider,
  divisionPortfolioStream,
} from './division-portfolio/division-portfolio.decider';

export * from './company-priorities/company-priorities.commands';
export * from './company-priorities/company-priorities.events';
export * from './company-priorities/company-priorities.state';
export {
  companyPrioritiesDecider,
  companyPrioritiesStream,
} from './company-priorities/company-priorities.decider';
