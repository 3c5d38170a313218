import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RankCompanyPrioritiesInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => [ID])
  themeIds!: string[];
}
