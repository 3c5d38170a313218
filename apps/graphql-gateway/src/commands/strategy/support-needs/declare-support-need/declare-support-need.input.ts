import { Criticality } from '../../../vocabulary.enums';
import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class DeclareSupportNeedInput {
  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  supportingDivisionId!: string;

  @Field(() => ID, { nullable: true })
  keyContactId?: string;

  @Field(() => Float)
  capacityFteWeeks!: number;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  neededBy!: string;

  @Field(() => Criticality)
  criticality!: keyof typeof Criticality;
}
