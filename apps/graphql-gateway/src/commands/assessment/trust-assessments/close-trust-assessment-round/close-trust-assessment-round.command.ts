import { CommandHandler } from '@nestjs/cqrs';
import { CommandForwarder } from '../../../command-forwarder';
import { GatewayCommand } from '../../../gateway-command';
import type { CloseTrustAssessmentRoundInput } from './close-trust-assessment-round.input';

export class CloseTrustAssessmentRoundCommand extends GatewayCommand<CloseTrustAssessmentRoundInput> {
  readonly type = 'CloseTrustAssessmentRound';
}

@CommandHandler(CloseTrustAssessmentRoundCommand)
export class CloseTrustAssessmentRoundHandler extends CommandForwarder<CloseTrustAssessmentRoundCommand> {}
