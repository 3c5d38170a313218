import { Field, ID, InputType } from '@nestjs/graphql';
import { TrustAnswerInput } from '../trust-answer.input';

@InputType()
export class SubmitPeerTrustRatingInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [TrustAnswerInput], { description: 'Every item of the instrument, once.' })
  answers!: TrustAnswerInput[];
}
