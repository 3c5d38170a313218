import { type Principal, ServiceCredentials } from '@lib/auth';
import type { Command, Decider, Event } from '@lib/domain';
import { ApiException, Clock, ServiceIdentity, validateInput } from '@lib/platform';
import { RpcException } from '@nestjs/microservices';
import { type CommandHandler, type SnapshotPolicy } from '@lib/event-store';
import { type CommandEnvelope, openEnvelope } from '../command-envelope';
import type { CommandReply } from '../command-reply';
import { toApiError } from './api-error-mapping';

/** Who sent a command and when it is being decided. */
export interface CommandContext {
  principal: Principal;
  tenantId: string;
  commandId: string;
  /** ISO date-time: the decider's `now`. */
  now: string;
}

/** What a use case turns its validated input into: which aggregate, and which domain command. */
export interface CommandPlan<S, C extends Command, E extends Event> {
  decider: Decider<S, C, E>;
  streamId: string;
  command: Pick<C, 'type' | 'data'>;
  snapshot?: SnapshotPolicy;
  /** Whom the events name as their actor instead of the caller (a pseudonym for a rater). */
  recordedActorId?: string;
}

type InputClass<I> = new () => I;

/**
 * The plumbing of every command message: checks the caller's credential and the principal,
 * validates the input, lets the use case build the domain command, then load → decide → append.
 * Every failure leaves as one of the stable API error codes.
 */
export class CommandGateway {
  constructor(
    private readonly handler: CommandHandler,
    private readonly credentials: ServiceCredentials,
    private readonly service: ServiceIdentity,
    private readonly clock: Clock,
    private readonly onUnexpected: (error: unknown) => void = () => undefined,
  ) {}

  async execute<I extends object, S, C extends Command, E extends Event>(
    raw: unknown,
    inputClass: InputClass<I>,
    plan: (
      input: I,
      context: CommandContext,
    ) => CommandPlan<S, C, E> | Promise<CommandPlan<S, C, E>>,
  ): Promise<CommandReply> {
    try {
      const envelope = await this.authenticate(raw);
      const input = await validateInput(inputClass, envelope.input);
      const context = this.contextOf(envelope);
      const { decider, streamId, command, snapshot, recordedActorId } = await plan(input, context);
      const metadata = {
        tenantId: context.tenantId,
        actorId: context.principal.leaderId,
        commandId: context.commandId,
        now: context.now,
        roles: context.principal.roles,
        correlationId: envelope.correlationId,
        ...(recordedActorId === undefined ? {} : { recordedActorId }),
      };
      const result = await this.handler.handleCommand(
        decider,
        streamId,
        { ...command, metadata } as C,
        snapshot,
      );
      return { commandId: envelope.commandId, ...result };
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'INTERNAL') this.onUnexpected(error);
      throw new RpcException(apiError);
    }
  }

  private async authenticate(raw: unknown): Promise<CommandEnvelope> {
    const envelope = openEnvelope(raw);
    try {
      await this.credentials.verify(envelope.credential, this.service.name, {
        principal: envelope.principal,
        commandId: envelope.commandId,
      });
    } catch (error) {
      throw new ApiException({
        code: 'UNAUTHENTICATED',
        message: `service credential refused: ${(error as Error).message}`,
      });
    }
    return envelope;
  }

  private contextOf(envelope: CommandEnvelope): CommandContext {
    return {
      principal: envelope.principal,
      tenantId: envelope.principal.tenantId,
      commandId: envelope.commandId,
      now: this.clock.now().toISOString(),
    };
  }
}
