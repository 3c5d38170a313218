import { ServiceCredentials } from '@lib/auth';
import { CommandClient, CommandRejected, serviceOfCommand } from '@lib/command-transport';
import { TopicOwners, type TopicName } from '@lib/contracts';
import { currentCorrelationId, ENTITY_ID } from '@lib/platform';
import { Inject, Injectable } from '@nestjs/common';
import { consistencyToken } from '../consistency/consistency-token';
import { fromApiError, gatewayError, invalidArgument } from '../errors/gateway-error';
import { GraphqlGatewayEnvironment } from '../graphql-gateway.options';
import type { GatewayCommand } from './gateway-command';
import type { CommandResult } from './command-result.type';

const ADDRESS_OF = {
  'org-service': 'ORG_SERVICE_ADDRESS',
  'peer-service': 'PEER_SERVICE_ADDRESS',
  'strategy-service': 'STRATEGY_SERVICE_ADDRESS',
  'assessment-service': 'ASSESSMENT_SERVICE_ADDRESS',
} as const;

/**
 * Sends a mutation's command to the service that owns it, as the caller's principal, and turns
 * the reply into the mutation's result; a refusal keeps its code, its field paths rooted at the
 * mutation's `input` argument.
 */
@Injectable()
export class CommandDispatcher {
  private readonly clients = new Map<string, CommandClient>();

  constructor(
    @Inject(GraphqlGatewayEnvironment) env: GraphqlGatewayEnvironment,
    @Inject(ServiceCredentials) credentials: ServiceCredentials,
  ) {
    for (const [service, variable] of Object.entries(ADDRESS_OF)) {
      const [host, port] = env[variable].split(':');
      this.clients.set(
        service,
        new CommandClient({ service, host, port: Number(port) }, credentials, 'graphql-gateway'),
      );
    }
  }

  async dispatch(command: GatewayCommand): Promise<CommandResult> {
    if (!ENTITY_ID.test(command.commandId))
      throw invalidArgument(
        'commandId',
        'isId',
        'commandId must be an id of 1 to 128 letters, digits or ._:- (a UUID serves well)',
      );
    const service = serviceOfCommand(command.type);
    const client = service && this.clients.get(service);
    if (!client) throw gatewayError('NOT_FOUND', `no service takes ${command.type}`);
    const topic = topicOf(service);
    try {
      const reply = await client.send(command.type, {
        commandId: command.commandId,
        principal: command.principal,
        input: command.input,
        correlationId: currentCorrelationId(),
      });
      return {
        commandId: reply.commandId,
        streamId: reply.streamId,
        streamVersion: reply.streamVersion,
        replayed: reply.replayed,
        warnings: reply.warnings,
        events: reply.events,
        consistencyToken: consistencyToken(reply.events.map(({ eventId }) => ({ topic, eventId }))),
      };
    } catch (error) {
      if (error instanceof CommandRejected) throw fromApiError(error.error, 'input');
      throw error;
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.clients.values()].map((client) => client.close()));
  }
}

function topicOf(service: string): TopicName {
  const entry = (Object.entries(TopicOwners) as [TopicName, string][]).find(
    ([, owner]) => owner === service,
  );
  if (!entry) throw new Error(`${service} owns no topic`);
  return entry[0];
}
