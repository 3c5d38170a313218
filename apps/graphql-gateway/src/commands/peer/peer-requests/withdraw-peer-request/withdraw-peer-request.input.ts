import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class WithdrawPeerRequestInput {
  @Field(() => ID)
  requestId!: string;
}
