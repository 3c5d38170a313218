import { RagStatuses } from '@lib/contracts';
import { type RagStatus, strategicProjectDecider, strategicProjectStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { ProjectFacts } from './project-facts';

export class ReportProjectStatusInput {
  @IsEntityId()
  projectId!: string;

  @IsIn(RagStatuses)
  rag!: RagStatus;

  @IsInt()
  @Min(0)
  @Max(10)
  confidence!: number;

  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

@Controller()
export class ReportProjectStatusHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(ProjectFacts) private readonly facts: ProjectFacts,
  ) {}

  @MessagePattern('ReportProjectStatus')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      ReportProjectStatusInput,
      async (input, { tenantId }) => ({
        decider: strategicProjectDecider,
        streamId: strategicProjectStream(tenantId, input.projectId),
        command: {
          type: 'ReportProjectStatus',
          data: { ...input, facts: await this.facts.delegation(tenantId, input.projectId) },
        },
      }),
    );
  }
}
