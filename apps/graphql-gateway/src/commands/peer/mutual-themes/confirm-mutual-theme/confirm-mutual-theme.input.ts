import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ConfirmMutualThemeInput {
  @Field(() => ID)
  mutualThemeId!: string;
}
