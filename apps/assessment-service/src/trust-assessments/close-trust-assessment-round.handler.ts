import { trustAssessmentDecider, trustAssessmentStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AssessmentInput } from './trust-answers.input';

export class CloseTrustAssessmentRoundInput extends AssessmentInput {}

@Controller()
export class CloseTrustAssessmentRoundHandler {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('CloseTrustAssessmentRound')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      CloseTrustAssessmentRoundInput,
      (input, { tenantId }) => ({
        decider: trustAssessmentDecider,
        streamId: trustAssessmentStream(tenantId, input.assessmentId),
        command: { type: 'CloseTrustAssessmentRound', data: input },
      }),
    );
  }
}
