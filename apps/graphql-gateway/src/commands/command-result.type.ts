import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An event the command appended.' })
export class AppendedEvent {
  @Field(() => ID)
  eventId!: string;

  @Field()
  type!: string;

  @Field(() => Int, { description: "The event's version in its stream." })
  streamVersion!: number;

  @Field(() => Int, { description: "The event's position in its service's event store." })
  globalPosition!: number;
}

@ObjectType({ description: 'What a command appended, and how to read your own write.' })
export class CommandResult {
  @Field(() => ID)
  commandId!: string;

  @Field(() => ID)
  streamId!: string;

  @Field(() => Int)
  streamVersion!: number;

  @Field(() => [AppendedEvent])
  events!: AppendedEvent[];

  @Field(() => [String], {
    description: 'Soft rules the command broke: accepted, with these codes recorded in its events.',
  })
  warnings!: string[];

  @Field({
    description: 'True when this commandId was handled before: its first result, nothing appended.',
  })
  replayed!: boolean;

  @Field({
    description:
      'Pass as `consistentWith` to a query to read the read models once they include these events.',
  })
  consistencyToken!: string;
}
