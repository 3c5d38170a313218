import { ProjectOutcome } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CloseProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ProjectOutcome)
  outcome!: keyof typeof ProjectOutcome;
}
