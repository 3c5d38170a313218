import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ProposeMutualThemeInput {
  @Field(() => ID)
  mutualThemeId!: string;

  @Field(() => [ID])
  leaderIds!: string[];

  @Field(() => ID, { nullable: true })
  themeId?: string;

  @Field(() => [ID], { nullable: true })
  projectIds?: string[];
}
