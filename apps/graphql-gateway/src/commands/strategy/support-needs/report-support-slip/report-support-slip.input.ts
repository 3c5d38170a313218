import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ReportSupportSlipInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  newDeliverBy!: string;
}
