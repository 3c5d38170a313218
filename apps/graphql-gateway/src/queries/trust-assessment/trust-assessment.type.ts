import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: "Maister's components, each the mean of its items (1..7)." })
export class TrustComponents {
  @Field(() => Float, { description: 'Credibility.' })
  C!: number;

  @Field(() => Float, { description: 'Reliability.' })
  R!: number;

  @Field(() => Float, { description: 'Intimacy.' })
  I!: number;

  @Field(() => Float, { description: 'Self-orientation (lower is better).' })
  S!: number;
}

@ObjectType()
export class TrustComponentExplanation {
  @Field({ description: 'C, R, I or S.' })
  component!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { description: 'The score on 0..100 of the answer scale.' })
  normalised!: number;

  @Field(() => Float, {
    description: 'Points of the normalised trust it adds against a neutral 4.',
  })
  effect!: number;
}

@ObjectType({ description: "Maister's trust equation, (C + R + I) / S, explained." })
export class TrustScore {
  @Field(() => Float)
  trust!: number;

  @Field(() => Float, { description: 'Trust on 0..100 (log scale; neutral answers give 50).' })
  normalised!: number;

  @Field(() => [TrustComponentExplanation])
  components!: TrustComponentExplanation[];
}

@ObjectType()
export class TrustItemGap {
  @Field()
  item!: string;

  @Field()
  text!: string;

  @Field(() => Float)
  self!: number;

  @Field(() => Float)
  peers!: number;

  @Field(() => Float, { description: "Peers' mean minus the own answer." })
  gap!: number;
}

@ObjectType({ description: 'What peers said, over a multiple of 5 ratings and never one alone.' })
export class PeerTrustResult {
  @Field(() => Int)
  ratingCount!: number;

  @Field(() => TrustScore)
  trust!: TrustScore;

  @Field(() => TrustComponents, { description: 'Peers minus self, per component.' })
  gaps!: TrustComponents;

  @Field(() => [TrustItemGap])
  widestGapItems!: TrustItemGap[];
}

@ObjectType({
  description: "A leader's own Trusted Leader assessment: visible to that leader alone.",
})
export class TrustAssessmentResult extends ReadModelAnswer {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int)
  instrumentVersion!: number;

  @Field()
  selfAssessedAt!: string;

  @Field({ description: 'not_requested, open or closed.' })
  round!: string;

  @Field(() => Int)
  invitedCount!: number;

  @Field(() => Int, { description: 'Ratings received that the peer result does not show yet.' })
  pendingCount!: number;

  @Field(() => TrustScore)
  self!: TrustScore;

  @Field(() => PeerTrustResult, { nullable: true, description: 'Null until 5 ratings arrived.' })
  peers?: PeerTrustResult;

  @Field(() => Int)
  ruleVersion!: number;
}

@ObjectType({ description: 'Means over whole divisions of at least 5 assessed leaders.' })
export class AssessmentFigure {
  @Field(() => [ID])
  divisionIds!: string[];

  @Field(() => Int)
  leaders!: number;

  @Field(() => TrustComponents)
  means!: TrustComponents;

  @Field(() => Float, { description: 'Mean normalised trust (0..100).' })
  trust!: number;
}

@ObjectType({ description: 'Trusted Leader aggregates (report 8): for executives and admins.' })
export class AssessmentAggregate extends ReadModelAnswer {
  @Field(() => [ID], { description: 'Asked for, but under 5 assessed leaders: shown nowhere.' })
  suppressedDivisionIds!: string[];

  @Field(() => AssessmentFigure, { nullable: true, description: 'Self-assessments.' })
  self?: AssessmentFigure | null;

  @Field(() => AssessmentFigure, { nullable: true, description: 'Released peer results.' })
  peers?: AssessmentFigure | null;
}
