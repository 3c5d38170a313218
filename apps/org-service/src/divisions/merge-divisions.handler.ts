import { divisionDecider, divisionStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { OrgDirectory } from '@lib/read-models';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';

export class MergeDivisionsInput {
  @IsEntityId()
  targetId!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsEntityId({ each: true })
  sourceIds!: string[];

  @IsInstant()
  effectiveAt!: string;
}

@Controller()
export class MergeDivisionsHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(OrgDirectory) private readonly directory: OrgDirectory,
  ) {}

  @MessagePattern('MergeDivisions')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, MergeDivisionsInput, async (input, { tenantId }) => {
      const standings = await Promise.all(
        input.sourceIds.map(
          async (id) => [id, await this.directory.divisionStanding(tenantId, id)] as const,
        ),
      );
      return {
        decider: divisionDecider,
        streamId: divisionStream(tenantId, input.targetId),
        command: {
          type: 'MergeDivisions',
          data: {
            ...input,
            facts: {
              targetMergedAway:
                (await this.directory.divisionStanding(tenantId, input.targetId)) === 'merged_away',
              sources: Object.fromEntries(standings),
            },
          },
        },
      };
    });
  }
}
