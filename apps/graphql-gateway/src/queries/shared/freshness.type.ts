import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "How far a read model was behind the client's consistency token." })
export class ReadModelLag {
  @Field()
  readModel!: string;

  @Field(() => Int, { description: "The token's events it had not applied yet." })
  pendingEvents!: number;
}

@ObjectType({ isAbstract: true })
export abstract class ReadModelAnswer {
  @Field({
    description:
      'True when a read model had not applied every event of `consistentWith` within the wait: the answer may miss them.',
  })
  stale!: boolean;

  @Field(() => [ReadModelLag])
  lag!: ReadModelLag[];
}
