import { trustAssessmentDecider, trustAssessmentStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ANONYMOUS_RATER, RaterPseudonyms } from '../rater-privacy';
import { AnsweredInput } from './trust-answers.input';

export class SubmitPeerTrustRatingInput extends AnsweredInput {}

/** The rater is the caller; their events name them only by pseudonym, even as actor. */
@Controller()
export class SubmitPeerTrustRatingHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(RaterPseudonyms) private readonly pseudonyms: RaterPseudonyms,
  ) {}

  @MessagePattern('SubmitPeerTrustRating')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      SubmitPeerTrustRatingInput,
      async (input, { tenantId, principal }) => ({
        decider: trustAssessmentDecider,
        streamId: trustAssessmentStream(tenantId, input.assessmentId),
        recordedActorId: ANONYMOUS_RATER,
        command: {
          type: 'SubmitPeerTrustRating',
          data: {
            ...input,
            facts: await this.pseudonyms.of(tenantId, input.assessmentId, principal.leaderId),
          },
        },
      }),
    );
  }
}
