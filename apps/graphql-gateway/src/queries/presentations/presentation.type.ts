import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PresentationRole {
  host = 'host',
  presenter = 'presenter',
}
registerEnumType(PresentationRole, { name: 'PresentationRole' });

export enum PresentationStatus {
  invited = 'invited',
  accepted = 'accepted',
  declined = 'declined',
  delivered = 'delivered',
}
registerEnumType(PresentationStatus, { name: 'PresentationStatus' });

@ObjectType({ description: "An invitation to present at a peer's team meeting." })
export class Presentation {
  @Field(() => ID) invitationId!: string;
  @Field(() => ID) hostId!: string;
  @Field(() => ID) hostDivisionId!: string;
  @Field(() => ID) presenterId!: string;
  @Field(() => ID) presenterDivisionId!: string;
  @Field() meetingAt!: Date;
  @Field() topic!: string;
  @Field(() => PresentationStatus) status!: PresentationStatus;
  @Field() invitedAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
}
