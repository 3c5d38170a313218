/** The public Kafka topics of the event feed, one per command service; the key is the stream id. */
export const Topics = {
  org: 'leadership.org.v1',
  peer: 'leadership.peer.v1',
  strategy: 'leadership.strategy.v1',
  assessment: 'leadership.assessment.v1',
} as const;

export type TopicName = keyof typeof Topics;
export type Topic = (typeof Topics)[TopicName];

/** The service that owns each topic: the only producer, and the CloudEvents `source` of its messages. */
export const TopicOwners: Readonly<Record<TopicName, string>> = {
  org: 'org-service',
  peer: 'peer-service',
  strategy: 'strategy-service',
  assessment: 'assessment-service',
};

// Kafka's own rule for topic names; checking the prefix here turns a typo into an error at start-up
// instead of a topic the broker refuses (or silently auto-creates under another name).
const LEGAL_TOPIC = /^[A-Za-z0-9._-]{1,249}$/;

/** `prefix` + topic, e.g. `test.1a2b.` + `leadership.peer.v1`: each test run gets topics of its own. */
export function prefixTopic(prefix: string, topic: Topic): string {
  const name = `${prefix}${topic}`;
  if (!LEGAL_TOPIC.test(name)) {
    throw new Error(`'${name}' is not a legal Kafka topic name (letters, digits, '.', '_', '-')`);
  }
  return name;
}

/** Every topic with the prefix applied, keyed like `Topics`. */
export function prefixTopics(prefix: string): Readonly<Record<TopicName, string>> {
  return {
    org: prefixTopic(prefix, Topics.org),
    peer: prefixTopic(prefix, Topics.peer),
    strategy: prefixTopic(prefix, Topics.strategy),
    assessment: prefixTopic(prefix, Topics.assessment),
  };
}
