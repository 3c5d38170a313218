import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class WithdrawSupportNeedInput {
  @Field(() => ID)
  needId!: string;
}
