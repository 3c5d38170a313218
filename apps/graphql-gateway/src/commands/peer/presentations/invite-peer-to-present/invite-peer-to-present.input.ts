import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class InvitePeerToPresentInput {
  @Field(() => ID)
  invitationId!: string;

  @Field(() => ID)
  hostId!: string;

  @Field(() => ID)
  presenterId!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  meetingAt!: string;

  @Field(() => String)
  topic!: string;
}
