import type { Static } from '@sinclair/typebox';
import type { EventEnvelope } from '../envelope';
import type { Topic } from '../topics';
import type { ValidationResult } from '../validation';
import type { EventDefinition } from './define-event';
import { orgExamples } from './org.examples';
import { orgEvents } from './org.events';
import { peerExamples } from './peer.examples';
import { peerEvents } from './peer.events';
import { strategyExamples } from './strategy.examples';
import { strategyEvents } from './strategy.events';
import { assessmentExamples } from './assessment.examples';
import { assessmentEvents } from './assessment.events';

/** Every event type on the public feed (domain README §3: org, peer, strategy and assessment), in topic order. */
export const eventDefinitions = [
  ...orgEvents,
  ...peerEvents,
  ...strategyEvents,
  ...assessmentEvents,
] as const;

export type FeedEventDefinition = (typeof eventDefinitions)[number];
export type FeedEventType = FeedEventDefinition['type'];

type ToFeedEvent<D> =
  D extends EventDefinition<infer TType, infer TData>
    ? { readonly type: TType; readonly data: Static<TData> }
    : never;

/** Every feed event as a `{ type, data }` union, discriminated on `type`. */
export type FeedEvent = ToFeedEvent<FeedEventDefinition>;
export type FeedEventOf<T extends FeedEventType> = Extract<FeedEvent, { readonly type: T }>;
export type FeedEventData<T extends FeedEventType> = FeedEventOf<T>['data'];

type ToEnvelope<E> = E extends FeedEvent ? EventEnvelope<E['type'], E['data']> : never;

/** A feed event in its envelope, discriminated on `type` like `FeedEvent`. */
export type FeedEventEnvelope = ToEnvelope<FeedEvent>;

/** A realistic value of every event type, in its current shape (documentation and tests). */
export const eventExamples: { readonly [T in FeedEventType]: FeedEventData<T> } = {
  ...orgExamples,
  ...peerExamples,
  ...strategyExamples,
  ...assessmentExamples,
};

const byType = new Map<string, FeedEventDefinition>();
for (const definition of eventDefinitions) {
  // Two definitions of one type would make the registry answer depend on array order.
  if (byType.has(definition.type)) throw new Error(`${definition.type} is defined twice`);
  byType.set(definition.type, definition);
}

export function findEventDefinition<T extends FeedEventType>(
  type: T,
): Extract<FeedEventDefinition, { readonly type: T }>;
export function findEventDefinition(type: string): FeedEventDefinition | undefined;
export function findEventDefinition(type: string): FeedEventDefinition | undefined {
  return byType.get(type);
}

export function eventDefinitionsOf(topic: Topic): readonly FeedEventDefinition[] {
  return eventDefinitions.filter((definition) => definition.topic === topic);
}

/**
 * Validates data of any stored or received version: a consumer reading a topic from offset 0 meets
 * the shapes an event type had before, as well as its current one.
 */
export function validateEventData(
  type: string,
  schemaVersion: number,
  data: unknown,
): ValidationResult {
  const definition = findEventDefinition(type);
  if (!definition) return rejected(`unknown event type '${type}'`);
  const shape = [definition, ...definition.previousVersions].find(
    (version) => version.schemaVersion === schemaVersion,
  );
  if (!shape) return rejected(`${type} has no schema version ${schemaVersion}`);
  return shape.validate(data);
}

function rejected(message: string): ValidationResult {
  return { ok: false, errors: [{ path: '', message }] };
}
