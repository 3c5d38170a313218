import { type MutualThemeSubject, mutualThemeDecider, mutualThemeStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional } from 'class-validator';
import { LeaderFacts } from '../leader-facts';

export class ProposeMutualThemeInput {
  @IsEntityId()
  mutualThemeId!: string;

  /** The proposer (the actor), then the partner. */
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(2)
  @IsEntityId({ each: true })
  leaderIds!: string[];

  /** What the two share: one theme, or some projects (the decider insists on exactly one). */
  @IsOptional()
  @IsEntityId()
  themeId?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  projectIds?: string[];
}

@Controller()
export class ProposeMutualThemeHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(LeaderFacts) private readonly leaders: LeaderFacts,
  ) {}

  @MessagePattern('ProposeMutualTheme')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, ProposeMutualThemeInput, async (input, { tenantId }) => {
      const [proposerId, partnerId] = input.leaderIds;
      const { themeId, projectIds } = input;
      return {
        decider: mutualThemeDecider,
        streamId: mutualThemeStream(tenantId, input.mutualThemeId),
        command: {
          type: 'ProposeMutualTheme',
          data: {
            mutualThemeId: input.mutualThemeId,
            leaderIds: [proposerId, partnerId] as const,
            // Untyped input: the decider checks again at run time that exactly one is given.
            ...({ themeId, projectIds } as MutualThemeSubject),
            facts: {
              proposer: await this.leaders.leader(tenantId, proposerId),
              partner: await this.leaders.leader(tenantId, partnerId),
            },
          },
        },
      };
    });
  }
}
