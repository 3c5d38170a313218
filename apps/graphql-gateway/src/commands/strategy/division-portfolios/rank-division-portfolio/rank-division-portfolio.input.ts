import { PortfolioItemInput } from '../portfolio-item.input';
import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class RankDivisionPortfolioInput {
  @Field(() => ID)
  divisionId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => [PortfolioItemInput])
  items!: PortfolioItemInput[];

  @Field(() => Int)
  expectedRevision!: number;
}
