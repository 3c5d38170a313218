import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { DeclareSupportNeedCommand } from './declare-support-need/declare-support-need.command';
import { DeclareSupportNeedInput } from './declare-support-need/declare-support-need.input';
import { CommitSupportCommand } from './commit-support/commit-support.command';
import { CommitSupportInput } from './commit-support/commit-support.input';
import { CounterProposeSupportCommand } from './counter-propose-support/counter-propose-support.command';
import { CounterProposeSupportInput } from './counter-propose-support/counter-propose-support.input';
import { AcceptCounterProposalCommand } from './accept-counter-proposal/accept-counter-proposal.command';
import { AcceptCounterProposalInput } from './accept-counter-proposal/accept-counter-proposal.input';
import { DeclineSupportCommand } from './decline-support/decline-support.command';
import { DeclineSupportInput } from './decline-support/decline-support.input';
import { RecordSupportDeliveredCommand } from './record-support-delivered/record-support-delivered.command';
import { RecordSupportDeliveredInput } from './record-support-delivered/record-support-delivered.input';
import { ReportSupportSlipCommand } from './report-support-slip/report-support-slip.command';
import { ReportSupportSlipInput } from './report-support-slip/report-support-slip.input';
import { WithdrawSupportNeedCommand } from './withdraw-support-need/withdraw-support-need.command';
import { WithdrawSupportNeedInput } from './withdraw-support-need/withdraw-support-need.input';

/** The support needs commands of the strategy-service, one mutation each. */
@Resolver()
export class SupportNeedsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.DeclareSupportNeed })
  declareSupportNeed(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DeclareSupportNeedInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new DeclareSupportNeedCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.CommitSupport })
  commitSupport(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: CommitSupportInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new CommitSupportCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.CounterProposeSupport })
  counterProposeSupport(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: CounterProposeSupportInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new CounterProposeSupportCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.AcceptCounterProposal })
  acceptCounterProposal(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: AcceptCounterProposalInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new AcceptCounterProposalCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.DeclineSupport })
  declineSupport(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: DeclineSupportInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(new DeclineSupportCommand(commandId, input, principalOf(context)));
  }

  @Mutation(() => CommandResult, { description: descriptions.RecordSupportDelivered })
  recordSupportDelivered(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RecordSupportDeliveredInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RecordSupportDeliveredCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.ReportSupportSlip })
  reportSupportSlip(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: ReportSupportSlipInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new ReportSupportSlipCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.WithdrawSupportNeed })
  withdrawSupportNeed(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: WithdrawSupportNeedInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new WithdrawSupportNeedCommand(commandId, input, principalOf(context)),
    );
  }
}
