import { Criticalities } from '@lib/contracts';
import { type Criticality, supportNeedDecider, supportNeedStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn, IsOptional } from 'class-validator';
import { SupportNeedFacts } from './support-need-facts';
import { IsCapacity, SupportNeedInput } from './support-need.input';

export class DeclareSupportNeedInput extends SupportNeedInput {
  @IsEntityId()
  projectId!: string;

  @IsEntityId()
  supportingDivisionId!: string;

  @IsOptional()
  @IsEntityId()
  keyContactId?: string;

  @IsCapacity()
  capacityFteWeeks!: number;

  @IsInstant()
  neededBy!: string;

  @IsIn(Criticalities)
  criticality!: Criticality;
}

@Controller()
export class DeclareSupportNeedHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(SupportNeedFacts) private readonly facts: SupportNeedFacts,
  ) {}

  @MessagePattern('DeclareSupportNeed')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DeclareSupportNeedInput, async (input, { tenantId }) => ({
      decider: supportNeedDecider,
      streamId: supportNeedStream(tenantId, input.needId),
      command: {
        type: 'DeclareSupportNeed',
        data: { ...input, facts: await this.facts.declaration(tenantId, input) },
      },
    }));
  }
}
