import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { RaisePeerRequestCommand } from './raise-peer-request/raise-peer-request.command';
import { RaisePeerRequestInput } from './raise-peer-request/raise-peer-request.input';
import { AcceptPeerRequestCommand } from './accept-peer-request/accept-peer-request.command';
import { AcceptPeerRequestInput } from './accept-peer-request/accept-peer-request.input';
import { DeclinePeerRequestCommand } from './decline-peer-request/decline-peer-request.command';
import { DeclinePeerRequestInput } from './decline-peer-request/decline-peer-request.input';
import { RedirectPeerRequestCommand } from './redirect-peer-request/redirect-peer-request.command';
import { RedirectPeerRequestInput } from './redirect-peer-request/redirect-peer-request.input';
import { FulfilPeerRequestCommand } from './fulfil-peer-request/fulfil-peer-request.command';
import { FulfilPeerRequestInput } from './fulfil-peer-request/fulfil-peer-request.input';
import { AcknowledgePeerRequestCommand } from './acknowledge-peer-request/acknowledge-peer-request.command';
import { AcknowledgePeerRequestInput } from './acknowledge-peer-request/acknowledge-peer-request.input';
import { WithdrawPeerRequestCommand } from './withdraw-peer-request/withdraw-peer-request.command';
import { WithdrawPeerRequestInput } from './withdraw-peer-request/withdraw-peer-request.input';

/** The peer requests commands of the peer-service, one mutation each. */
@Resolver()
export class PeerRequestsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.RaisePeerRequest })
  raisePeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RaisePeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RaisePeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.AcceptPeerRequest })
  acceptPeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: AcceptPeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AcceptPeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.DeclinePeerRequest })
  declinePeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DeclinePeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DeclinePeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.RedirectPeerRequest })
  redirectPeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RedirectPeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RedirectPeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.FulfilPeerRequest })
  fulfilPeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: FulfilPeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new FulfilPeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.AcknowledgePeerRequest })
  acknowledgePeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: AcknowledgePeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AcknowledgePeerRequestCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.WithdrawPeerRequest })
  withdrawPeerRequest(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: WithdrawPeerRequestInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new WithdrawPeerRequestCommand(commandId, input, principalOf(context)),
    );
  }
}
