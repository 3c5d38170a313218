import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An event behind a score, a reason or a component.' })
export class EvidenceEvent {
  @Field(() => ID)
  eventId!: string;

  @Field()
  type!: string;

  @Field(() => String, { nullable: true })
  recordedAt!: string | null;
}
