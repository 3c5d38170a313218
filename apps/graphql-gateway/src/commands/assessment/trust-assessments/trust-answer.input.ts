import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'An answer to one item of the instrument.' })
export class TrustAnswerInput {
  @Field({ description: 'The item id, e.g. c1 or s3.' })
  item!: string;

  @Field(() => Int, { description: '1 (strongly disagree) to 7 (strongly agree).' })
  value!: number;
}
