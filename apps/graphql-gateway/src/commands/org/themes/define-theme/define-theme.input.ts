import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DefineThemeInput {
  @Field(() => ID)
  themeId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  objectiveRef?: string;
}
