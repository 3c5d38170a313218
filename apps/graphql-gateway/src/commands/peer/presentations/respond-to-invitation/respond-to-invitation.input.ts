import { InvitationResponse } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RespondToInvitationInput {
  @Field(() => ID)
  invitationId!: string;

  @Field(() => InvitationResponse)
  response!: keyof typeof InvitationResponse;
}
