import { themeDecider, themeStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsOptional, IsString, Length } from 'class-validator';

export class DefineThemeInput {
  @IsEntityId()
  themeId!: string;

  @IsEntityId()
  cycleId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  objectiveRef?: string;
}

@Controller()
export class DefineThemeHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('DefineTheme')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, DefineThemeInput, async (input, { tenantId }) => ({
      decider: themeDecider,
      streamId: themeStream(tenantId, input.themeId),
      command: {
        type: 'DefineTheme',
        data: {
          ...input,
          facts: {
            cycleStatus: (await this.directory.cycle(tenantId, input.cycleId))?.status ?? null,
          },
        },
      },
    }));
  }
}
