import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RecordPresentationDeliveredInput {
  @Field(() => ID)
  invitationId!: string;
}
