import { Field, ID, InputType } from '@nestjs/graphql';
import { PortfolioItemKind } from '../../vocabulary.enums';

@InputType({ description: 'One item of a ranked portfolio: a theme, a project or a support need.' })
export class PortfolioItemInput {
  @Field(() => PortfolioItemKind)
  kind!: keyof typeof PortfolioItemKind;

  @Field(() => ID)
  ref!: string;
}
