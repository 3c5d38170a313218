import { SupportDeclineReasons } from '@lib/contracts';
import { type SupportDeclineReason, supportNeedDecider, supportNeedStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn, IsOptional } from 'class-validator';
import { SupportNeedFacts } from './support-need-facts';
import { SupportNeedInput } from './support-need.input';

export class DeclineSupportInput extends SupportNeedInput {
  /** Optional here: a decline without a reason is the domain's rule (DECLINE_REASON_REQUIRED). */
  @IsOptional()
  @IsIn(SupportDeclineReasons)
  reasonCode?: SupportDeclineReason;
}

@Controller()
export class DeclineSupportHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(SupportNeedFacts) private readonly facts: SupportNeedFacts,
  ) {}

  @MessagePattern('DeclineSupport')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DeclineSupportInput, async (input, { tenantId }) => ({
      decider: supportNeedDecider,
      streamId: supportNeedStream(tenantId, input.needId),
      command: {
        type: 'DeclineSupport',
        data: { ...input, facts: await this.facts.supportingDivision(tenantId, input.needId) },
      },
    }));
  }
}
