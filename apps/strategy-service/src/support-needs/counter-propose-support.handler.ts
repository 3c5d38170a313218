import { supportNeedDecider, supportNeedStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsOptional, IsString, Length } from 'class-validator';
import { SupportNeedFacts } from './support-need-facts';
import { IsCapacity, SupportNeedInput } from './support-need.input';

export class CounterProposeSupportInput extends SupportNeedInput {
  @IsInstant()
  deliverBy!: string;

  @IsCapacity()
  capacityFteWeeks!: number;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@Controller()
export class CounterProposeSupportHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(SupportNeedFacts) private readonly facts: SupportNeedFacts,
  ) {}

  @MessagePattern('CounterProposeSupport')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      CounterProposeSupportInput,
      async (input, { tenantId }) => ({
        decider: supportNeedDecider,
        streamId: supportNeedStream(tenantId, input.needId),
        command: {
          type: 'CounterProposeSupport',
          data: { ...input, facts: await this.facts.supportingDivision(tenantId, input.needId) },
        },
      }),
    );
  }
}
