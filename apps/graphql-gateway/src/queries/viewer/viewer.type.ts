import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ReadModelAnswer } from '../shared/freshness.type';

@ObjectType({ description: 'Who the bearer token names.' })
export class Viewer extends ReadModelAnswer {
  @Field(() => ID, { description: "The leader id (the token's sub)." })
  leaderId!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => [String], { description: 'leader, division_head, executive, admin' })
  roles!: string[];
}
