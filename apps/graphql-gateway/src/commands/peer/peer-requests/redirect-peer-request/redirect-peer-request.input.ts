import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RedirectPeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  toId!: string;
}
