import { SupportDeclineReason } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DeclineSupportInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => SupportDeclineReason, { nullable: true })
  reasonCode?: keyof typeof SupportDeclineReason;
}
