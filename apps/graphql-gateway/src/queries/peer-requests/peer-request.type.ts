import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PeerRequestBox {
  inbox = 'inbox',
  outbox = 'outbox',
}
registerEnumType(PeerRequestBox, {
  name: 'PeerRequestBox',
  description: 'inbox: requests the leader is asked now; outbox: requests the leader raised.',
});

export enum PeerRequestStatus {
  raised = 'raised',
  accepted = 'accepted',
  declined = 'declined',
  withdrawn = 'withdrawn',
  expired = 'expired',
  fulfilled = 'fulfilled',
  acknowledged = 'acknowledged',
}
registerEnumType(PeerRequestStatus, { name: 'PeerRequestStatus' });

export enum PeerRequestKind {
  input = 'input',
  help = 'help',
  review = 'review',
  intro = 'intro',
}
registerEnumType(PeerRequestKind, { name: 'PeerRequestKind' });

@ObjectType({ description: 'A peer request as its requester and its recipient see it.' })
export class PeerRequest {
  @Field(() => ID) requestId!: string;
  @Field(() => ID) requesterId!: string;
  @Field(() => ID, { description: "The requester's division when they raised it." })
  requesterDivisionId!: string;
  @Field(() => ID, { description: 'The recipient now: a redirect passes it on.' })
  recipientId!: string;
  @Field(() => ID) recipientDivisionId!: string;
  @Field(() => [ID]) previousRecipientIds!: string[];
  @Field(() => PeerRequestKind) kind!: PeerRequestKind;
  @Field() topic!: string;
  @Field(() => [ID]) themeIds!: string[];
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => ID, { nullable: true }) supportNeedId!: string | null;
  @Field() effort!: string;
  @Field(() => PeerRequestStatus) status!: PeerRequestStatus;
  @Field({ description: 'When it was raised.' }) raisedAt!: Date;
  @Field() respondBy!: Date;
  @Field() dueAt!: Date;
  @Field(() => Date, { nullable: true }) expectedBy!: Date | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
  @Field(() => Date, { nullable: true }) fulfilledAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [String], { description: 'Soft warnings it was raised with.' }) warnings!: string[];
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => ID, { nullable: true }) suggestedPeerId!: string | null;
  @Field(() => Int, { nullable: true }) helpfulness!: number | null;
  @Field() responseSlaBreached!: boolean;
  @Field() deliverySlaBreached!: boolean;
}
