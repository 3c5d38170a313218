import { strategicProjectDecider, strategicProjectStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ProjectFacts } from './project-facts';

export class ChangeOwnerInput {
  @IsEntityId()
  projectId!: string;

  @IsEntityId()
  newOwnerId!: string;
}

@Controller()
export class ChangeOwnerHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(ProjectFacts) private readonly facts: ProjectFacts,
  ) {}

  @MessagePattern('ChangeOwner')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, ChangeOwnerInput, async (input, { tenantId }) => ({
      decider: strategicProjectDecider,
      streamId: strategicProjectStream(tenantId, input.projectId),
      command: {
        type: 'ChangeOwner',
        data: {
          ...input,
          facts: await this.facts.ownerChange(tenantId, input.projectId, input.newOwnerId),
        },
      },
    }));
  }
}
