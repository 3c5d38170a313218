import { ProjectTier } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterStrategicProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  ownerId!: string;

  @Field(() => ID)
  homeDivisionId!: string;

  @Field(() => [ID])
  themeIds!: string[];

  @Field(() => ProjectTier)
  tier!: keyof typeof ProjectTier;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  startAt!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  targetAt!: string;
}
