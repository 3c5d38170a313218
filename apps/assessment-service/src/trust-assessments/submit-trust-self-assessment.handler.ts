import { trustAssessmentDecider, trustAssessmentStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsInt, Min } from 'class-validator';
import { RaterPseudonyms } from '../rater-privacy';
import { AnsweredInput } from './trust-answers.input';

export class SubmitTrustSelfAssessmentInput extends AnsweredInput {
  @IsInt()
  @Min(1)
  instrumentVersion!: number;
}

@Controller()
export class SubmitTrustSelfAssessmentHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(RaterPseudonyms) private readonly leaders: RaterPseudonyms,
  ) {}

  @MessagePattern('SubmitTrustSelfAssessment')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      SubmitTrustSelfAssessmentInput,
      async (input, { tenantId, principal }) => ({
        decider: trustAssessmentDecider,
        streamId: trustAssessmentStream(tenantId, input.assessmentId),
        command: {
          type: 'SubmitTrustSelfAssessment',
          data: {
            ...input,
            facts: { subject: await this.leaders.standing(tenantId, principal.leaderId) },
          },
        },
      }),
    );
  }
}
