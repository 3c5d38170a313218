import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class MergeDivisionsInput {
  @Field(() => ID)
  targetId!: string;

  @Field(() => [ID])
  sourceIds!: string[];

  @Field(() => String, { description: 'ISO 8601 date-time' })
  effectiveAt!: string;
}
