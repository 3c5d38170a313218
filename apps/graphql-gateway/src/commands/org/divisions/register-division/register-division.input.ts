import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterDivisionInput {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => String)
  name!: string;
}
