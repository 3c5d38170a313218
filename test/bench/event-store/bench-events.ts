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

/** A new leader stream of real feed event types, so feedRoute can route every one of them. */
export function leaderStream(length: number): BenchStream {
  const streamId = `leader-${randomUUID()}`;
  const events = [
    leaderRegistered(streamId),
    // maxOpen must stay within the contract's 1..20.
    ...Array.from({ length: length - 1 }, (_, i) => leaderCapacityDeclared(streamId, (i % 20) + 1)),
  ];
  // Stated up front, so the raw baseline writes the same rows without asking our upcasters.
  return {
    streamId,
    events: events.map((event) => ({
      ...event,
      schemaVersion: feedUpcasters.currentVersion(event.type),
    })),
  };
}

/** `count` new streams of `length` events each, built before any stopwatch starts. */
export function leaderStreams(count: number, length: number): BenchStream[] {
  return Array.from({ length: count }, () => leaderStream(length));
}
