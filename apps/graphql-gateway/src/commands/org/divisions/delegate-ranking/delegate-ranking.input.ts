import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DelegateRankingInput {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => ID)
  delegateId!: string;
}
