import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ShareFocusAreasInput {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => [ID])
  themeIds!: string[];
}
