import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceEvent } from '../shared/evidence.type';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: 'One of the six components of social capital.' })
export class SocialCapitalComponent {
  @Field({
    description: 'giving, giverBalance, mutuality, crossDivisionBreadth, brokerage, reliability',
  })
  name!: string;

  @Field(() => Float, { description: 'C ∈ [0, 1].' })
  value!: number;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { description: '100 · w · C: points of the score.' })
  contribution!: number;

  @Field(() => [EvidenceEvent], { description: 'The events that moved it most lately.' })
  evidence!: EvidenceEvent[];
}

@ObjectType({ description: "A leader's capital with another division." })
export class DivisionCapital {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  give!: number;

  @Field(() => Float)
  receive!: number;

  @Field({ description: 'Received more than given: "overdrawn with" the division.' })
  overdrawn!: boolean;
}

@ObjectType({ description: 'A tie the leader gives or receives help through, read now.' })
export class Tie {
  @Field(() => ID, { description: 'The leader at the other end.' })
  peerId!: string;

  @Field({ description: 'gives (the leader helped the peer) or receives.' })
  direction!: 'gives' | 'receives';

  @Field(() => Float, { description: 'Help units, decayed to now.' })
  weight!: number;

  @Field()
  lastAt!: Date;

  @Field(() => Int)
  eventCount!: number;

  @Field(() => Float, { nullable: true, description: 'The mean days between its acts of help.' })
  meanGapDays!: number | null;

  @Field({ description: 'Both directions together weigh more than the active threshold.' })
  active!: boolean;

  @Field({ description: 'Silent for more than the dormancy multiple of its mean gap.' })
  dormant!: boolean;
}

@ObjectType({
  description: "A leader's social capital: visible to the leader, executives and admins.",
})
export class SocialCapital extends ReadModelAnswer {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => Float, { description: 'SC ∈ [0, 100].' })
  score!: number;

  @Field(() => [SocialCapitalComponent])
  components!: SocialCapitalComponent[];

  @Field(() => [DivisionCapital])
  divisions!: DivisionCapital[];

  @Field(() => [Tie], { description: 'The ties behind the score, the heaviest first.' })
  ties!: Tie[];

  @Field()
  evaluatedAt!: Date;

  @Field(() => Int)
  ruleVersion!: number;
}
