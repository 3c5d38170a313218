import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceEvent } from '../shared/evidence.type';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: 'One term of the overload index.' })
export class OverloadTrigger {
  @Field({ description: 'zScore, capacity or meanLoad' })
  term!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: "A leader's inbound load and overload index." })
export class PeerLoad extends ReadModelAnswer {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => Int)
  windowDays!: number;

  @Field(() => Float, { description: 'Effort-weighted requests received in the window.' })
  load!: number;

  @Field(() => Int, { description: 'Open (raised or accepted) requests.' })
  open!: number;

  @Field(() => Int, { description: 'Declared capacity.' })
  capacity!: number;

  @Field(() => Float, { description: 'The overload index OI; overloaded from 1.' })
  overloadIndex!: number;

  @Field()
  overloaded!: boolean;

  @Field({ description: 'The term that sets the index.' })
  trigger!: string;

  @Field(() => [OverloadTrigger])
  triggers!: OverloadTrigger[];

  @Field(() => Float, { nullable: true })
  latencyP50Hours!: number | null;

  @Field(() => Float, { nullable: true })
  noResponseRate!: number | null;

  @Field(() => [EvidenceEvent])
  evidence!: EvidenceEvent[];

  @Field()
  evaluatedAt!: Date;

  @Field(() => Int)
  ruleVersion!: number;
}
