import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CloseTrustAssessmentRoundInput {
  @Field(() => ID)
  assessmentId!: string;
}
