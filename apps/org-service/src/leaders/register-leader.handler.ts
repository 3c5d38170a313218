import { LeaderLevels } from '@lib/contracts';
import { type LeaderLevel, leaderDecider, leaderStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class RegisterLeaderInput {
  @IsEntityId()
  leaderId!: string;

  @IsEntityId()
  divisionId!: string;

  @IsOptional()
  @IsEntityId()
  managerId?: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsIn(LeaderLevels)
  level!: LeaderLevel;
}

@Controller()
export class RegisterLeaderHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('RegisterLeader')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, RegisterLeaderInput, async (input, { tenantId }) => ({
      decider: leaderDecider,
      streamId: leaderStream(tenantId, input.leaderId),
      command: {
        type: 'RegisterLeader',
        data: {
          ...input,
          facts: { division: await this.directory.divisionStanding(tenantId, input.divisionId) },
        },
      },
    }));
  }
}
