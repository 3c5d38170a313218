import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CounterProposeSupportInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  deliverBy!: string;

  @Field(() => Float)
  capacityFteWeeks!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}
