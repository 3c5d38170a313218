import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class OpenCycleInput {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  startsAt!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  endsAt!: string;
}
