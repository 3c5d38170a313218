import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AcceptCounterProposalInput {
  @Field(() => ID)
  needId!: string;
}
