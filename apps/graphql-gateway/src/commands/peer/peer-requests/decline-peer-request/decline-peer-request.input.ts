import { PeerRequestDeclineReason } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DeclinePeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => PeerRequestDeclineReason)
  reasonCode!: keyof typeof PeerRequestDeclineReason;

  @Field(() => ID, { nullable: true })
  suggestedPeerId?: string;
}
