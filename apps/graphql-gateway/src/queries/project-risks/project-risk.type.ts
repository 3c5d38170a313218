import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EvidenceEvent } from '../shared/evidence.type';
import { ReadModelAnswer } from '../shared/freshness.type';
import { SupportNeed } from './support-need.type';

export enum RiskBand {
  at_risk = 'at_risk',
  watch = 'watch',
  on_track = 'on_track',
}
registerEnumType(RiskBand, {
  name: 'RiskBand',
  description: 'at_risk ≥ 60, watch 30–59, on_track < 30.',
});

@ObjectType()
export class RuleThreshold {
  @Field()
  name!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType({ description: 'One reason of a risk score, with the events behind it.' })
export class RiskReason {
  @Field({ description: 'UNDER_PRIORITISED, NOT_COMMITTED, LOW_CAPITAL_WITH_DIVISION, …' })
  code!: string;

  @Field(() => ID, { nullable: true, description: 'The support need; null for the status signal.' })
  needId!: string | null;

  @Field(() => ID, { nullable: true })
  divisionId!: string | null;

  @Field(() => Float, { description: 'Severity s ∈ [0, 1].' })
  severity!: number;

  @Field(() => Float, { description: 'The weight β of the reason.' })
  weight!: number;

  @Field(() => Int, { description: 'Score points this reason adds (leave-one-out).' })
  contribution!: number;

  @Field(() => [RuleThreshold])
  thresholds!: RuleThreshold[];

  @Field(() => [EvidenceEvent])
  evidence!: EvidenceEvent[];

  @Field(() => Int)
  ruleVersion!: number;
}

@ObjectType({ description: "A strategic project's risk: score, band and reasons." })
export class ProjectRisk extends ReadModelAnswer {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => ID)
  homeDivisionId!: string;

  @Field(() => ID, { nullable: true })
  cycleId!: string | null;

  @Field(() => Int, { description: 'round(100 · risk).' })
  score!: number;

  @Field(() => RiskBand)
  band!: RiskBand;

  @Field({ description: 'red, yellow or green.' })
  colour!: string;

  @Field(() => [RiskReason], { description: 'Largest contribution first.' })
  reasons!: RiskReason[];

  @Field(() => [SupportNeed], { description: "The project's support needs and their commitments." })
  needs?: SupportNeed[];

  @Field()
  evaluatedAt!: Date;

  @Field(() => Int)
  ruleVersion!: number;
}
