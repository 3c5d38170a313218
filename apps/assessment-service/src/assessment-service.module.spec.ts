import type { TrustAssessmentCommand } from '@lib/domain';
import { messagePatternsOf } from '@lib/testing/message-patterns';
import { AssessmentServiceModule } from './assessment-service.module';

// A record, not a list: the compiler refuses it until a command added to the domain is named here.
const assessmentCommands: Record<TrustAssessmentCommand['type'], true> = {
  SubmitTrustSelfAssessment: true,
  RequestPeerTrustRatings: true,
  SubmitPeerTrustRating: true,
  CloseTrustAssessmentRound: true,
};

describe('the assessment service module', () => {
  it('takes every command of the assessment context, each in one handler', () => {
    expect(messagePatternsOf(AssessmentServiceModule.forRoot({}))).toEqual(
      Object.keys(assessmentCommands).sort(),
    );
  });
});
