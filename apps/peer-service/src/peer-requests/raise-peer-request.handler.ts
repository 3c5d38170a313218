import { Efforts, RequestKinds } from '@lib/contracts';
import {
  peerRequestDeciderFor,
  peerRequestStream,
  type RequestEffort,
  type RequestKind,
} from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { PeerScoringRules } from '../peer-scoring-rules';
import { PeerRequestFacts } from './peer-request-facts';

export class RaisePeerRequestInput {
  @IsEntityId()
  requestId!: string;

  @IsEntityId()
  requesterId!: string;

  @IsEntityId()
  recipientId!: string;

  @IsIn(RequestKinds)
  kind!: RequestKind;

  @IsString()
  @Length(5, 200)
  topic!: string;

  @IsArray()
  @ArrayMaxSize(20)
  @IsEntityId({ each: true })
  themeIds: string[] = [];

  @IsOptional()
  @IsEntityId()
  projectId?: string;

  @IsOptional()
  @IsEntityId()
  supportNeedId?: string;

  @IsIn(Efforts)
  effort!: RequestEffort;

  @IsInstant()
  respondBy!: string;

  @IsInstant()
  dueAt!: string;

  /** Why it must be this peer although they are overloaded (RECIPIENT_OVERLOADED). */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  overrideReason?: string;
}

@Controller()
export class RaisePeerRequestHandler {
  constructor(
    @Inject(CommandGateway) private readonly commands: CommandGateway,
    @Inject(PeerRequestFacts) private readonly facts: PeerRequestFacts,
    @Inject(PeerScoringRules) private readonly scoring: PeerScoringRules,
  ) {}

  @MessagePattern('RaisePeerRequest')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(
      message,
      RaisePeerRequestInput,
      async (input, { tenantId, now }) => ({
        decider: peerRequestDeciderFor(this.scoring.rules),
        streamId: peerRequestStream(tenantId, input.requestId),
        command: {
          type: 'RaisePeerRequest',
          data: { ...input, facts: await this.facts.raise(tenantId, now, input) },
        },
      }),
    );
  }
}
