import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ChangeLeaderDivisionInput {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => ID)
  toDivisionId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  effectiveAt!: string;
}
