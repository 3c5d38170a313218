import type { CommandService } from '@lib/command-transport';
import { type Admin, AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { waitUntil } from '../process-utils';

/** The topics each command service follows, and the topic each one publishes. */
export interface FeedDependencies {
  publishes: Record<CommandService, string>;
  follows: Partial<Record<CommandService, string[]>>;
  /** Prepended to consumer group ids, as KAFKA_TOPIC_PREFIX is. */
  groupPrefix: string;
}

const CATCH_UP_WITHIN_MS = 60_000;

/**
 * Holds a command back until the service it goes to has read every event the seed caused on the
 * topics it follows (its copies of the org directory and of the strategic projects): a command
 * is then decided on the same facts in every run, which is what makes two seeds give the same
 * events. A service's consumers are its consumer groups, found by their `<service>.` prefix.
 */
export class FeedBarrier {
  private readonly produced = new Map<string, number>();
  private readonly confirmed = new Map<string, number>();
  private readonly readers = new Map<string, string[]>();

  private constructor(
    private readonly admin: Admin,
    private readonly dependencies: FeedDependencies,
  ) {}

  static async open(brokers: string[], dependencies: FeedDependencies): Promise<FeedBarrier> {
    const kafka = new Kafka({ clientId: 'demo-seed', brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    const barrier = new FeedBarrier(admin, dependencies);
    for (const topic of Object.values(dependencies.publishes)) {
      barrier.produced.set(topic, await barrier.messagesIn(topic));
    }
    return barrier;
  }

  /** A command of `service` appended this many events, all to the topic it publishes. */
  appended(service: CommandService, events: number): void {
    const topic = this.dependencies.publishes[service];
    this.produced.set(topic, (this.produced.get(topic) ?? 0) + events);
  }

  async before(service: CommandService): Promise<void> {
    for (const topic of this.dependencies.follows[service] ?? []) {
      const expected = this.produced.get(topic) ?? 0;
      const key = `${service}:${topic}`;
      if ((this.confirmed.get(key) ?? 0) >= expected) continue;
      const caughtUp = await waitUntil(
        CATCH_UP_WITHIN_MS,
        async () => (await this.consumedBy(service, topic)) >= expected,
        25,
      );
      if (!caughtUp) {
        throw new Error(
          `${service} did not read ${topic} up to its ${expected} events within 60 s`,
        );
      }
      this.confirmed.set(key, expected);
    }
  }

  close(): Promise<void> {
    return this.admin.disconnect();
  }

  /** The least any of the service's groups that read `topic` has committed on it. */
  private async consumedBy(service: CommandService, topic: string): Promise<number> {
    const groups = await this.groupsReading(service, topic);
    if (groups.length === 0) return -1;
    let least = Number.POSITIVE_INFINITY;
    for (const groupId of groups) {
      const [offsets] = await this.admin.fetchOffsets({ groupId, topics: [topic] });
      const committed = offsets.partitions.reduce(
        (sum, p) => sum + Math.max(0, Number(p.offset)),
        0,
      );
      least = Math.min(least, committed);
    }
    return least;
  }

  private async groupsReading(service: CommandService, topic: string): Promise<string[]> {
    const key = `${service}:${topic}`;
    const known = this.readers.get(key);
    if (known) return known;
    const found = await this.findGroupsReading(service, topic);
    if (found.length > 0) this.readers.set(key, found);
    return found;
  }

  private async findGroupsReading(service: CommandService, topic: string): Promise<string[]> {
    const { groups } = await this.admin.listGroups();
    const candidates = groups
      .map((g) => g.groupId)
      .filter((id) => id.startsWith(`${this.dependencies.groupPrefix}${service}.`));
    if (candidates.length === 0) return [];
    const described = await this.admin.describeGroups(candidates);
    return described.groups
      .filter((group) =>
        group.members.some((member) => {
          const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
          return assignment !== null && topic in assignment.assignment;
        }),
      )
      .map((group) => group.groupId);
  }

  private async messagesIn(topic: string): Promise<number> {
    const { topics } = await this.admin.fetchTopicMetadata({ topics: [] });
    if (!topics.some((t) => t.name === topic)) return 0;
    const offsets = await this.admin.fetchTopicOffsets(topic);
    // Committed offsets count from 0: the feed topics keep every message (retention -1).
    return offsets.reduce((sum, p) => sum + Number(p.high), 0);
  }
}
