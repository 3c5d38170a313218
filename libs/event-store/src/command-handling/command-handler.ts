import type { Command, Decider, Event } from '@lib/domain';
import { v5 as uuidv5 } from 'uuid';
import { CommandIdReusedError, ConcurrencyError } from '../errors';
import type { EventStore, NewEvent, StoredEvent } from '../event-store';
import type { PgSnapshotStore } from '../snapshots/pg-snapshot-store';
import { commandInputHash } from './command-input-hash';

/** Namespace of the name-based event ids: the same command always yields the same event ids. */
const EVENT_ID_NAMESPACE = '0b7f8f7e-3a52-4f0c-9a55-5a4a1d3e8c21';

export interface SnapshotPolicy {
  /** Take a snapshot each time the stream passes a multiple of this many events. */
  every: number;
  /** Bump when the state's shape changes: older snapshots are then ignored. */
  stateVersion: number;
}

export interface CommandResult {
  streamId: string;
  events: { eventId: string; type: string; streamVersion: number; globalPosition: number }[];
  /** The stream's version after the command. */
  streamVersion: number;
  /** The soft rules the command broke: accepted, with these codes recorded in its events. */
  warnings: string[];
  /** True when this command id was handled before: its first result is returned, nothing appended. */
  replayed: boolean;
}

export interface LoadedState<State> {
  state: State;
  version: number;
}

/**
 * Load → decide → append: folds the stream (from a snapshot when there is one), lets the pure
 * decider judge the command, appends its events with the loaded version, and starts again a
 * bounded number of times when another writer got there first. A rejected command appends nothing.
 * A command id seen before is answered with its first result, or refused when its input differs.
 */
export class CommandHandler {
  constructor(
    private readonly store: EventStore,
    private readonly snapshots?: PgSnapshotStore,
    private readonly maxAttempts = 5,
  ) {}

  async handleCommand<State, C extends Command, E extends Event>(
    decider: Decider<State, C, E>,
    streamId: string,
    command: C,
    snapshotPolicy?: SnapshotPolicy,
  ): Promise<CommandResult> {
    const inputHash = commandInputHash(streamId, command);
    for (let attempt = 1; ; attempt++) {
      const { tenantId, commandId } = command.metadata;
      const previous = await this.store.findCommand(tenantId, commandId);
      if (previous) {
        // A digest is unknown only for events stored before commands kept one: trust the id.
        if (previous.inputHash !== null && previous.inputHash !== inputHash)
          throw new CommandIdReusedError(tenantId, commandId);
        return replayedResult(streamId, previous.events);
      }
      const loaded = await this.load(decider, streamId, snapshotPolicy);
      const events = decider.decide(command, loaded.state);
      if (events.length === 0) {
        return {
          streamId,
          events: [],
          streamVersion: loaded.version,
          warnings: [],
          replayed: false,
        };
      }
      try {
        const appended = await this.store.append(
          streamId,
          loaded.version === 0 ? 'no_stream' : loaded.version,
          events.map((event, i) => toNewEvent(event, command, streamId, i)),
          { inputHash },
        );
        await this.snapshotIfDue(decider, streamId, loaded, events, snapshotPolicy);
        return {
          streamId,
          events: appended.events.map((e, i) => ({ ...e, type: events[i].type })),
          streamVersion: appended.nextExpectedVersion,
          warnings: warningsOf(events),
          replayed: appended.alreadyStored,
        };
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= this.maxAttempts) throw error;
      }
    }
  }

  async load<State, C extends Command, E extends Event>(
    decider: Decider<State, C, E>,
    streamId: string,
    snapshotPolicy?: SnapshotPolicy,
  ): Promise<LoadedState<State>> {
    const snapshot =
      snapshotPolicy && this.snapshots
        ? await this.snapshots.load<State>(streamId, decider.name, snapshotPolicy.stateVersion)
        : undefined;
    const from = snapshot ?? { state: decider.initialState(), streamVersion: 0 };
    const events = await this.store.readStream(streamId, { fromVersion: from.streamVersion + 1 });
    return {
      state: events.reduce(
        (state, event) => decider.evolve(state, asDomainEvent<E>(event)),
        from.state,
      ),
      version: events.at(-1)?.streamVersion ?? from.streamVersion,
    };
  }

  private async snapshotIfDue<State, C extends Command, E extends Event>(
    decider: Decider<State, C, E>,
    streamId: string,
    loaded: LoadedState<State>,
    events: readonly E[],
    policy?: SnapshotPolicy,
  ): Promise<void> {
    if (!policy || !this.snapshots) return;
    const version = loaded.version + events.length;
    if (Math.floor(version / policy.every) === Math.floor(loaded.version / policy.every)) return;
    const state = events.reduce((s, event) => decider.evolve(s, event), loaded.state);
    await this.snapshots.save(streamId, decider.name, policy.stateVersion, {
      streamVersion: version,
      state,
    });
  }
}

function toNewEvent(event: Event, command: Command, streamId: string, index: number): NewEvent {
  const { metadata } = command;
  return {
    eventId: uuidv5(
      `${metadata.tenantId}/${metadata.commandId}/${streamId}/${index}`,
      EVENT_ID_NAMESPACE,
    ),
    type: event.type,
    data: event.data,
    metadata: {
      tenantId: metadata.tenantId,
      actorId: metadata.recordedActorId ?? metadata.actorId,
      commandId: metadata.commandId,
      correlationId: metadata.correlationId ?? metadata.commandId,
      causationId: metadata.causationId ?? metadata.commandId,
      occurredAt: metadata.now,
    },
  };
}

function asDomainEvent<E extends Event>(event: StoredEvent): E {
  return { type: event.type, data: event.data } as E;
}

function replayedResult(streamId: string, previous: StoredEvent[]): CommandResult {
  return {
    streamId: previous[0].streamId ?? streamId,
    events: previous.map((e) => ({
      eventId: e.eventId,
      type: e.type,
      streamVersion: e.streamVersion,
      globalPosition: e.globalPosition,
    })),
    streamVersion: previous.at(-1)!.streamVersion,
    warnings: warningsOf(previous),
    replayed: true,
  };
}

function warningsOf(events: readonly { data: unknown }[]): string[] {
  const codes = events.flatMap((event) => (event.data as { warnings?: unknown }).warnings ?? []);
  return [...new Set(codes.filter((code): code is string => typeof code === 'string'))];
}
