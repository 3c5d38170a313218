import { trustAssessmentDecider, trustAssessmentStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { RaterPseudonyms } from '../rater-privacy';
import { AssessmentInput } from './trust-answers.input';

export class RequestPeerTrustRatingsInput extends AssessmentInput {
  /** The bound is generous: the decider refuses fewer than 3 or more than 12 by rule. */
  @IsArray()
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  raterIds!: string[];
}

@Controller()
export class RequestPeerTrustRatingsHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(RaterPseudonyms) private readonly pseudonyms: RaterPseudonyms,
  ) {}

  @MessagePattern('RequestPeerTrustRatings')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RequestPeerTrustRatingsInput,
      async ({ assessmentId, raterIds }, { tenantId, principal }) => ({
        decider: trustAssessmentDecider,
        streamId: trustAssessmentStream(tenantId, assessmentId),
        command: {
          type: 'RequestPeerTrustRatings',
          data: {
            assessmentId,
            ...(await this.pseudonyms.invitation(
              tenantId,
              assessmentId,
              principal.leaderId,
              raterIds,
            )),
          },
        },
      }),
    );
  }
}
