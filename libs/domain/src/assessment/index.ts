// The assessment context: the Trusted Leader assessment, after Maister's trust equation.
export * from './assessment-rules';
export * from './trust-instrument';
export * from './trust-score';
export * from './trust-assessment/trust-assessment.commands';
export * from './trust-assessment/trust-assessment.events';
export type { TrustAssessmentState } from './trust-assessment/trust-assessment.state';
export {
  trustAssessmentDecider,
  trustAssessmentStream,
} from './trust-assessment/trust-assessment.decider';
