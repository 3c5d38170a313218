import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: 'How well two divisions agree on themes and support each other.' })
export class PairAlignment {
  @Field(() => ID)
  divisionA!: string;

  @Field(() => ID)
  divisionB!: string;

  @Field(() => Float, { description: 'PA = 0.4 · theme agreement + 0.6 · support alignment.' })
  value!: number;

  @Field(() => Float)
  themeAgreement!: number;

  @Field(() => Float, { nullable: true })
  supportSymmetric!: number | null;

  @Field(() => Float, { description: 'Weight of the needs between them (criticality · capacity).' })
  interdependence!: number;
}

@ObjectType()
export class DivisionPairAlignment extends ReadModelAnswer {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => PairAlignment)
  pair!: PairAlignment;

  @Field(() => Float, { nullable: true, description: 'SA from A to B.' })
  supportAToB!: number | null;

  @Field(() => Float, { nullable: true })
  supportBToA!: number | null;

  @Field(() => Int)
  ruleVersion!: number;
}

@ObjectType({ description: "A division's agreement with the company's theme ranking." })
export class VerticalAlignment {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;
}

@ObjectType({ description: 'Horizontal (between divisions) and vertical alignment of a cycle.' })
export class CompanyAlignment extends ReadModelAnswer {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => Float, { nullable: true, description: 'CA: pairs weighted by interdependence.' })
  horizontal!: number | null;

  @Field(() => Int)
  divisionCount!: number;

  @Field(() => Int)
  pairCount!: number;

  @Field(() => [PairAlignment], { description: 'The five least aligned pairs.' })
  worstPairs!: PairAlignment[];

  @Field(() => [VerticalAlignment])
  vertical!: VerticalAlignment[];

  @Field(() => Int)
  ruleVersion!: number;
}

@ObjectType({ description: 'How one re-rank moved a pair.' })
export class PairDrift {
  @Field(() => ID)
  divisionA!: string;

  @Field(() => ID)
  divisionB!: string;

  @Field(() => Float)
  fromValue!: number;

  @Field(() => Float)
  toValue!: number;

  @Field(() => Float, { description: 'ΔPA.' })
  delta!: number;
}

@ObjectType({ description: 'A portfolio re-rank and the drift it caused.' })
export class Rerank {
  @Field(() => ID, { description: 'The DivisionPortfolioRanked event.' })
  eventId!: string;

  @Field(() => ID)
  divisionId!: string;

  @Field(() => Int)
  revision!: number;

  @Field(() => ID)
  rankedBy!: string;

  @Field()
  occurredAt!: Date;

  @Field(() => Float, { nullable: true })
  horizontalBefore!: number | null;

  @Field(() => Float, { nullable: true })
  horizontalAfter!: number | null;

  @Field(() => [PairDrift], { description: 'Largest drop first.' })
  drift!: PairDrift[];
}

@ObjectType()
export class AlignmentDrift extends ReadModelAnswer {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => [Rerank], { description: 'In business order.' })
  reranks!: Rerank[];
}
