import type { Principal, ServiceCredentials } from '@lib/auth';
import { type ApiError, isApiError } from '@lib/platform';
import { ClientProxyFactory, Transport, type ClientProxy } from '@nestjs/microservices';
import { firstValueFrom, timeout } from 'rxjs';
import type { CommandReply } from './command-reply';

export interface CommandRequest {
  commandId: string;
  principal: Principal;
  input: unknown;
  correlationId?: string;
}

/** A command service refused the command: the stable API error says why. */
export class CommandRejected extends Error {
  constructor(readonly error: ApiError) {
    super(`${error.code}: ${error.message}`);
    this.name = 'CommandRejected';
  }
}

/**
 * Sends commands to one command service over Nest's TCP transport, each with a fresh service
 * credential issued for that service and bound to the command's principal and commandId.
 */
export class CommandClient {
  private readonly proxy: ClientProxy;

  constructor(
    private readonly target: { service: string; host: string; port: number },
    private readonly credentials: ServiceCredentials,
    private readonly caller: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.proxy = ClientProxyFactory.create({
      transport: Transport.TCP,
      options: { host: target.host, port: target.port },
    });
  }

  async send(
    commandType: string,
    request: CommandRequest,
    credential?: string,
  ): Promise<CommandReply> {
    const envelope = {
      ...request,
      credential:
        credential ??
        (await this.credentials.issue(this.caller, this.target.service, {
          principal: request.principal,
          commandId: request.commandId,
        })),
    };
    try {
      return await firstValueFrom(
        this.proxy.send<CommandReply>(commandType, envelope).pipe(timeout(this.timeoutMs)),
      );
    } catch (error) {
      throw isApiError(error) ? new CommandRejected(error) : error;
    }
  }

  close(): Promise<void> {
    return this.proxy.close() as Promise<void>;
  }
}
