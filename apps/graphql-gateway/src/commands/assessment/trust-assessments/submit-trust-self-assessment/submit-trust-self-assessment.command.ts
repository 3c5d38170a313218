import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { SubmitTrustSelfAssessmentInput } from './submit-trust-self-assessment.input';

export class SubmitTrustSelfAssessmentCommand extends GatewayCommand<SubmitTrustSelfAssessmentInput> {
  readonly type = 'SubmitTrustSelfAssessment';
}

@CommandHandler(SubmitTrustSelfAssessmentCommand)
export class SubmitTrustSelfAssessmentHandler extends CommandForwarder<SubmitTrustSelfAssessmentCommand> {}
