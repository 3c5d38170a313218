import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum StrategicProjectStatus {
  active = 'active',
  closed = 'closed',
}
registerEnumType(StrategicProjectStatus, { name: 'StrategicProjectStatus' });

@ObjectType({
  description: 'A strategic project: owner, home division, themes, dates, last status.',
})
export class StrategicProject {
  @Field(() => ID) projectId!: string;
  @Field() name!: string;
  @Field(() => ID) ownerId!: string;
  @Field(() => ID, { description: 'The home division now; a merged one answers as its successor.' })
  homeDivisionId!: string;
  @Field(() => [ID]) themeIds!: string[];
  @Field() tier!: string;
  @Field() startAt!: Date;
  @Field() targetAt!: Date;
  @Field(() => StrategicProjectStatus) status!: StrategicProjectStatus;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => String, { nullable: true, description: 'red, amber or green, as last reported.' })
  rag!: string | null;
  @Field(() => Int, { nullable: true }) confidence!: number | null;
  @Field(() => Date, { nullable: true }) statusReportedAt!: Date | null;
}
