/**
 * A message as the domain sees it: plain readonly data. Commands are imperative, events past tense.
 */
export type Message<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

/** Who acts, for whom, and when: the only way time, identity and tenancy reach a decider. */
export type CommandMetadata = Readonly<{
  tenantId: string;
  actorId: string;
  commandId: string;
  /** ISO date-time: the decider's clock. */
  now: string;
  roles?: readonly string[];
  /** The conversation this command belongs to; the command id when it starts one. */
  correlationId?: string;
  /** What caused this command (an event or command id); the command itself when a person sent it. */
  causationId?: string;
  /**
   * Whom the events name as their actor, when that must not be `actorId`: a rater is recorded
   * under a pseudonym, so the event, its headers and the feed never name them.
   */
  recordedActorId?: string;
}>;

export type Command<Type extends string = string, Data = unknown> = Message<Type, Data> &
  Readonly<{ metadata: CommandMetadata }>;

export type Event<Type extends string = string, Data = unknown> = Message<Type, Data>;

/**
 * One aggregate's behaviour as pure functions. `decide` checks rules and returns the events a
 * command causes (or throws a domain error); `evolve` folds an event into the state, is total and
 * never throws, so a replay always gives the same state.
 */
export interface Decider<State, C extends Command, E extends Event> {
  readonly name: string;
  decide(command: C, state: State): readonly E[];
  evolve(state: State, event: E): State;
  initialState(): State;
}
