import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RevokeRankingDelegateInput {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => ID)
  delegateId!: string;
}
