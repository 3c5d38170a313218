import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class DeclareCapacityInput {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => Int)
  maxOpen!: number;
}
