import { Inject } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../../request/gateway-context';
import { CommandResult } from '../../command-result.type';
import { commandDescriptions as descriptions } from '../../command-descriptions';
import { SubmitTrustSelfAssessmentCommand } from './submit-trust-self-assessment/submit-trust-self-assessment.command';
import { SubmitTrustSelfAssessmentInput } from './submit-trust-self-assessment/submit-trust-self-assessment.input';
import { RequestPeerTrustRatingsCommand } from './request-peer-trust-ratings/request-peer-trust-ratings.command';
import { RequestPeerTrustRatingsInput } from './request-peer-trust-ratings/request-peer-trust-ratings.input';
import { SubmitPeerTrustRatingCommand } from './submit-peer-trust-rating/submit-peer-trust-rating.command';
import { SubmitPeerTrustRatingInput } from './submit-peer-trust-rating/submit-peer-trust-rating.input';
import { CloseTrustAssessmentRoundCommand } from './close-trust-assessment-round/close-trust-assessment-round.command';
import { CloseTrustAssessmentRoundInput } from './close-trust-assessment-round/close-trust-assessment-round.input';

/** The Trusted Leader assessment commands of the assessment-service, one mutation each. */
@Resolver()
export class TrustAssessmentsMutations {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Mutation(() => CommandResult, { description: descriptions.SubmitTrustSelfAssessment })
  submitTrustSelfAssessment(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: SubmitTrustSelfAssessmentInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SubmitTrustSelfAssessmentCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.RequestPeerTrustRatings })
  requestPeerTrustRatings(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: RequestPeerTrustRatingsInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new RequestPeerTrustRatingsCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.SubmitPeerTrustRating })
  submitPeerTrustRating(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: SubmitPeerTrustRatingInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new SubmitPeerTrustRatingCommand(commandId, input, principalOf(context)),
    );
  }

  @Mutation(() => CommandResult, { description: descriptions.CloseTrustAssessmentRound })
  closeTrustAssessmentRound(
    @Args('commandId', { type: () => ID }) commandId: string,
    @Args('input') input: CloseTrustAssessmentRoundInput,
    @Context() context: GatewayContext,
  ): Promise<CommandResult> {
    return this.commands.execute(
      new CloseTrustAssessmentRoundCommand(commandId, input, principalOf(context)),
    );
  }
}
