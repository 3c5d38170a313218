import { planningCalendarDecider, planningCalendarStream } from '@lib/domain';
import { type CommandReply } from '@lib/command-transport';
import { CommandGateway } from '@lib/command-transport/service';
import { IsEntityId, IsInstant } from '@lib/platform';
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';

export class OpenCycleInput {
  @IsEntityId()
  cycleId!: string;

  @IsInstant()
  startsAt!: string;

  @IsInstant()
  endsAt!: string;
}

export class CycleInput {
  @IsEntityId()
  cycleId!: string;
}

/** All of a tenant's cycles share one stream, so no two can overlap even when opened at once. */
@Controller()
export class PlanningCalendarHandlers {
  constructor(@Inject(CommandGateway) private readonly commands: CommandGateway) {}

  @MessagePattern('OpenCycle')
  open(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, OpenCycleInput, (input, { tenantId }) => ({
      decider: planningCalendarDecider,
      streamId: planningCalendarStream(tenantId),
      command: { type: 'OpenCycle', data: { ...input } },
    }));
  }

  @MessagePattern('LockCycle')
  lock(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, CycleInput, (input, { tenantId }) => ({
      decider: planningCalendarDecider,
      streamId: planningCalendarStream(tenantId),
      command: { type: 'LockCycle', data: { ...input } },
    }));
  }

  @MessagePattern('CloseCycle')
  close(@Payload() message: unknown): Promise<CommandReply> {
    return this.commands.execute(message, CycleInput, (input, { tenantId }) => ({
      decider: planningCalendarDecider,
      streamId: planningCalendarStream(tenantId),
      command: { type: 'CloseCycle', data: { ...input } },
    }));
  }
}
