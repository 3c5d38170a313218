import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: 'Requests from one division to another, and how they were answered.' })
export class CollaborationCell {
  @Field(() => ID)
  fromDivisionId!: string;

  @Field(() => ID)
  toDivisionId!: string;

  @Field(() => Int)
  requests!: number;

  @Field(() => Int)
  fulfilled!: number;

  @Field(() => Float, { nullable: true })
  fulfilmentRate!: number | null;

  @Field(() => Float, { nullable: true })
  medianResponseHours!: number | null;

  @Field(() => Float, { nullable: true })
  slaBreachRate!: number | null;

  @Field(() => Float, { description: 'Help units given minus received.' })
  netGive!: number;
}

@ObjectType()
export class CollaborationMatrix extends ReadModelAnswer {
  @Field(() => [CollaborationCell])
  cells!: CollaborationCell[];
}
