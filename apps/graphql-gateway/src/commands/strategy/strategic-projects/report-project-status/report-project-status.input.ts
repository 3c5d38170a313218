import { RagStatus } from '../../../vocabulary.enums';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ReportProjectStatusInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => RagStatus)
  rag!: keyof typeof RagStatus;

  @Field(() => Int)
  confidence!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}
