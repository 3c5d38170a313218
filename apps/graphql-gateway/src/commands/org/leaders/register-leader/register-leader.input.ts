import { LeaderLevel } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RegisterLeaderInput {
  @Field(() => ID)
  leaderId!: string;

  @Field(() => ID)
  divisionId!: string;

  @Field(() => ID, { nullable: true })
  managerId?: string;

  @Field(() => String)
  name!: string;

  @Field(() => LeaderLevel)
  level!: keyof typeof LeaderLevel;
}
