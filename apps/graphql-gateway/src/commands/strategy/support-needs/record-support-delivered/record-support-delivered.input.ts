import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RecordSupportDeliveredInput {
  @Field(() => ID)
  needId!: string;
}
