import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TrustAnswerInput } from '../trust-answer.input';

@InputType()
export class SubmitTrustSelfAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int, { description: 'The version of the instrument answered (1 today).' })
  instrumentVersion!: number;

  @Field(() => [TrustAnswerInput], { description: 'Every item of the instrument, once.' })
  answers!: TrustAnswerInput[];
}
