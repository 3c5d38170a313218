import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CommitSupportInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  deliverBy!: string;

  @Field(() => Float)
  capacityFteWeeks!: number;
}
