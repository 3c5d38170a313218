import { divisionDecider, divisionStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { IsString, Length } from 'class-validator';

export class RegisterDivisionInput {
  @IsEntityId()
  divisionId!: string;

  @IsString()
  @Length(1, 200)
  name!: string;
}

@Controller()
export class RegisterDivisionHandler {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('RegisterDivision')
  handle(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, RegisterDivisionInput, (input, { tenantId }) => ({
      decider: divisionDecider,
      streamId: divisionStream(tenantId, input.divisionId),
      command: { type: 'RegisterDivision', data: { ...input } },
    }));
  }
}
