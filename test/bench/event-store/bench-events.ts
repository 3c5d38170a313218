import { randomUUID } from 'node:crypto';
import { feedUpcasters, type NewEvent } from '@lib/event-store';
import {
  leaderCapacityDeclared,
  leaderRegistered,
} from '../../../libs/event-store/test/relay-harness';

export interface BenchStream {
  streamId: string;
  events: NewEvent[];
}

/**
 * A new leader stream of real feed event types, so feedRoute can route every one of them. Its
 * events are those of one command, as an append's are; with `created` > 0 the first events are
 * another, earlier command's (the one that created the stream).
 */
export function leaderStream(length: number, created = 0): BenchStream {
  const streamId = `leader-${randomUUID()}`;
  const events = [
    leaderRegistered(streamId),
    // maxOpen must stay within the contract's 1..20.
    ...Array.from({ length: length - 1 }, (_, i) => leaderCapacityDeclared(streamId, (i % 20) + 1)),
  ];
  // Stated up front, so the raw baseline writes the same rows without asking our upcasters.
  const commandIds = [`command-${randomUUID()}`, `command-${randomUUID()}`];
  return {
    streamId,
    events: events.map((event, i) => ({
      ...event,
      schemaVersion: feedUpcasters.currentVersion(event.type),
      metadata: { ...event.metadata, commandId: commandIds[i < created ? 0 : 1] },
    })),
  };
}

/** `count` new streams of `length` events each, built before any stopwatch starts. */
export function leaderStreams(count: number, length: number, created = 0): BenchStream[] {
  return Array.from({ length: count }, () => leaderStream(length, created));
}
