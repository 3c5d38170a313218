import { supportNeedDecider, supportNeedStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { SupportNeedFacts } from './support-need-facts';
import { SupportNeedInput } from './support-need.input';

export class WithdrawSupportNeedInput extends SupportNeedInput {}

@Controller()
export class WithdrawSupportNeedHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(SupportNeedFacts) private readonly facts: SupportNeedFacts,
  ) {}

  @MessagePattern('WithdrawSupportNeed')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      WithdrawSupportNeedInput,
      async (input, { tenantId }) => ({
        decider: supportNeedDecider,
        streamId: supportNeedStream(tenantId, input.needId),
        command: {
          type: 'WithdrawSupportNeed',
          data: { ...input, facts: await this.facts.projectOwner(tenantId, input.needId) },
        },
      }),
    );
  }
}
