import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class FulfilPeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  summary!: string;
}
