import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AppointDivisionHeadInput {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => ID)
  leaderId!: string;
}
