import { ProjectOutcomes } from '@lib/contracts';
import { type ProjectOutcome, strategicProjectDecider, strategicProjectStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn } from 'class-validator';
import { ProjectFacts } from './project-facts';

export class CloseProjectInput {
  @IsEntityId()
  projectId!: string;

  @IsIn(ProjectOutcomes)
  outcome!: ProjectOutcome;
}

@Controller()
export class CloseProjectHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(ProjectFacts) private readonly facts: ProjectFacts,
  ) {}

  @MessagePattern('CloseProject')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, CloseProjectInput, async (input, { tenantId }) => ({
      decider: strategicProjectDecider,
      streamId: strategicProjectStream(tenantId, input.projectId),
      command: {
        type: 'CloseProject',
        data: { ...input, facts: await this.facts.delegation(tenantId, input.projectId) },
      },
    }));
  }
}
