import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DeactivateLeaderInput {
  @Field(() => ID)
  leaderId!: string;
}
