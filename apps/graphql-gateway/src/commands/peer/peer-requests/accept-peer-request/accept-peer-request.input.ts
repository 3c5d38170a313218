import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AcceptPeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  expectedBy!: string;
}
