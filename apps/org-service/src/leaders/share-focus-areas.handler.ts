import { leaderDecider, leaderStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

export class ShareFocusAreasInput {
  @IsEntityId()
  leaderId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsEntityId({ each: true })
  themeIds!: string[];
}

@Controller()
export class ShareFocusAreasHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('ShareFocusAreas')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      ShareFocusAreasInput,
      async (input, { tenantId, now }) => {
        const cycle = await this.directory.cycleAt(tenantId, now, ['open', 'locked']);
        const currentCycle = cycle
          ? {
              cycleId: cycle.cycleId,
              activeThemeIds: await this.directory.themeIdsOfCycle(tenantId, cycle.cycleId),
            }
          : null;
        return {
          decider: leaderDecider,
          streamId: leaderStream(tenantId, input.leaderId),
          command: { type: 'ShareFocusAreas', data: { ...input, facts: { currentCycle } } },
        };
      },
    );
  }
}
