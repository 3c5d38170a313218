import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A promise, counter-proposal, slip or delivery of a support need.' })
export class PromiseEntry {
  @Field(() => ID)
  eventId!: string;

  @Field()
  type!: string;

  @Field()
  occurredAt!: string;

  @Field()
  recordedAt!: string;

  @Field(() => String, { nullable: true })
  deliverBy!: string | null;

  @Field(() => Float, { nullable: true })
  capacity!: number | null;

  @Field(() => String, { nullable: true })
  reasonCode!: string | null;
}

@ObjectType({ description: 'What a project needs from another division, and what was promised.' })
export class SupportNeed {
  @Field(() => ID)
  needId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  supportingDivisionId!: string;

  @Field(() => ID, { nullable: true })
  keyContactId!: string | null;

  @Field()
  criticality!: string;

  @Field(() => Float, { description: 'FTE-weeks.' })
  capacity!: number;

  @Field()
  neededBy!: Date;

  @Field({ description: 'pending, committed, counter_proposed, declined, delivered, withdrawn…' })
  state!: string;

  @Field(() => Date, { nullable: true })
  deliverBy!: Date | null;

  @Field(() => Boolean, { nullable: true })
  onTime!: boolean | null;

  @Field(() => Int)
  slips!: number;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => [PromiseEntry], { description: 'Every promise, oldest first; never edited.' })
  promiseHistory!: PromiseEntry[];
}
