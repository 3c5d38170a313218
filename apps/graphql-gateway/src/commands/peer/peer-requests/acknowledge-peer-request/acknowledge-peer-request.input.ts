import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class AcknowledgePeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int)
  helpfulness!: number;

  @Field(() => String, { nullable: true })
  thanks?: string;
}
