import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MutualThemeRole {
  proposer = 'proposer',
  partner = 'partner',
}
registerEnumType(MutualThemeRole, { name: 'MutualThemeRole' });

export enum MutualThemeStatus {
  proposed = 'proposed',
  confirmed = 'confirmed',
}
registerEnumType(MutualThemeStatus, { name: 'MutualThemeStatus' });

@ObjectType({
  description: 'A theme, or set of projects, two leaders of different divisions share.',
})
export class MutualTheme {
  @Field(() => ID) mutualThemeId!: string;
  @Field(() => ID) proposerId!: string;
  @Field(() => ID) proposerDivisionId!: string;
  @Field(() => ID) partnerId!: string;
  @Field(() => ID) partnerDivisionId!: string;
  @Field(() => ID, { nullable: true }) themeId!: string | null;
  @Field(() => [ID]) projectIds!: string[];
  @Field(() => [String], { description: 'Soft warnings it was proposed with.' })
  warnings!: string[];
  @Field(() => MutualThemeStatus) status!: MutualThemeStatus;
  @Field() proposedAt!: Date;
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null;
}
