import { ProjectTiers } from '@lib/contracts';
import { type ProjectTier, strategicProjectDecider, strategicProjectStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, Length } from 'class-validator';
import { ProjectFacts } from './project-facts';

export class RegisterStrategicProjectInput {
  @IsEntityId()
  projectId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsEntityId()
  ownerId!: string;

  @IsEntityId()
  homeDivisionId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  themeIds!: string[];

  @IsIn(ProjectTiers)
  tier!: ProjectTier;

  @IsInstant()
  startAt!: string;

  @IsInstant()
  targetAt!: string;
}

@Controller()
export class RegisterStrategicProjectHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(ProjectFacts) private readonly facts: ProjectFacts,
  ) {}

  @MessagePattern('RegisterStrategicProject')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RegisterStrategicProjectInput,
      async (input, { tenantId }) => ({
        decider: strategicProjectDecider,
        streamId: strategicProjectStream(tenantId, input.projectId),
        command: {
          type: 'RegisterStrategicProject',
          data: { ...input, facts: await this.facts.registration(tenantId, input) },
        },
      }),
    );
  }
}
