import { Conflict, NotFound, RuleViolated } from '../../shared/domain-errors';
import { trustInstrument } from '../trust-instrument';
import { componentScores } from '../trust-score';
import { assertAllItemsAnswered } from './answers.rules';
import type { SubmitTrustSelfAssessment } from './trust-assessment.commands';
import type { TrustSelfAssessmentSubmitted } from './trust-assessment.events';
import type { TrustAssessmentState } from './trust-assessment.state';

export function submitSelfAssessment(
  command: SubmitTrustSelfAssessment,
  state: TrustAssessmentState,
): TrustSelfAssessmentSubmitted[] {
  const { assessmentId, instrumentVersion, answers, facts } = command.data;
  if (state.status !== 'none') {
    throw new Conflict('ALREADY_SELF_ASSESSED', `assessment ${assessmentId} already exists`);
  }
  const instrument = trustInstrument(instrumentVersion);
  if (!instrument) {
    throw new RuleViolated(
      'UNKNOWN_INSTRUMENT_VERSION',
      `there is no instrument version ${instrumentVersion}`,
      'instrumentVersion',
    );
  }
  if (!facts.subject) {
    throw new NotFound('LEADER_UNKNOWN', `${command.metadata.actorId} is not a known leader`);
  }
  if (!facts.subject.active) {
    throw new RuleViolated('LEADER_INACTIVE', 'an inactive leader cannot be assessed');
  }
  assertAllItemsAnswered(instrument, answers);
  return [
    {
      type: 'TrustSelfAssessmentSubmitted',
      data: {
        assessmentId,
        subjectId: command.metadata.actorId,
        subjectDivId: facts.subject.divisionId,
        instrumentVersion,
        answers: answers.map(({ item, value }) => ({ item, value })),
        scores: componentScores(instrument, answers),
      },
    },
  ];
}
