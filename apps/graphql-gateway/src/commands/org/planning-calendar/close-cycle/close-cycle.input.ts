import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CloseCycleInput {
  @Field(() => ID)
  cycleId!: string;
}
