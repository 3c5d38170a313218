import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum LeaderStatus {
  active = 'active',
  inactive = 'inactive',
}
registerEnumType(LeaderStatus, { name: 'LeaderStatus' });

export enum CycleStatus {
  open = 'open',
  locked = 'locked',
  closed = 'closed',
}
registerEnumType(CycleStatus, { name: 'CycleStatus' });

@ObjectType({ description: 'A leader: where they work now, whether active, capacity and focus.' })
export class Leader {
  @Field(() => ID) leaderId!: string;
  @Field() name!: string;
  @Field() level!: string;
  @Field(() => ID, { nullable: true }) managerId!: string | null;
  @Field(() => ID, { description: 'The division now; a merged one answers as its successor.' })
  divisionId!: string;
  @Field(() => LeaderStatus) status!: LeaderStatus;
  @Field(() => Int, { nullable: true, description: 'Open requests they can carry, if declared.' })
  maxOpenRequests!: number | null;
  @Field(() => ID, { nullable: true }) focusCycleId!: string | null;
  @Field(() => [ID]) focusThemeIds!: string[];
}

@ObjectType({ description: 'A division, its head and ranking delegates.' })
export class Division {
  @Field(() => ID) divisionId!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => ID, { nullable: true }) headId!: string | null;
  @Field(() => [ID]) delegateIds!: string[];
  @Field(() => ID, { nullable: true, description: 'Set once it was merged into another.' })
  mergedIntoId!: string | null;
  @Field(() => Date, { nullable: true }) mergedAt!: Date | null;
}

@ObjectType({ description: 'A theme of a planning cycle, shared by every division.' })
export class Theme {
  @Field(() => ID) themeId!: string;
  @Field(() => ID) cycleId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) objectiveRef!: string | null;
}

@ObjectType({ description: 'A planning cycle: its dates and where it stands.' })
export class PlanningCycle {
  @Field(() => ID) cycleId!: string;
  @Field(() => CycleStatus) status!: CycleStatus;
  @Field() startsAt!: Date;
  @Field() endsAt!: Date;
  @Field(() => Date, { nullable: true }) lockedAt!: Date | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}
