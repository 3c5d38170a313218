import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { InvitePeerToPresentCommand } from './invite-peer-to-present/invite-peer-to-present.command';
import { InvitePeerToPresentInput } from './invite-peer-to-present/invite-peer-to-present.input';
import { RespondToInvitationCommand } from './respond-to-invitation/respond-to-invitation.command';
import { RespondToInvitationInput } from './respond-to-invitation/respond-to-invitation.input';
import { RecordPresentationDeliveredCommand } from './record-presentation-delivered/record-presentation-delivered.command';
import { RecordPresentationDeliveredInput } from './record-presentation-delivered/record-presentation-delivered.input';

/** The presentations commands of the peer-service, one mutation each. */
@Resolver()
export class PresentationsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.InvitePeerToPresent })
  invitePeerToPresent(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: InvitePeerToPresentInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new InvitePeerToPresentCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.RespondToInvitation })
  respondToInvitation(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RespondToInvitationInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RespondToInvitationCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.RecordPresentationDelivered })
  recordPresentationDelivered(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RecordPresentationDeliveredInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RecordPresentationDeliveredCommand(commandId, input, principalOf(context)),
    );
  }
}
