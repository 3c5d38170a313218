import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class LockCycleInput {
  @Field(() => ID)
  cycleId!: string;
}
