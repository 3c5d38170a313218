import type { TopicName } from '@lib/contracts';

/**
 * The projectors' read models the gateway reads: the schema each projector keeps them in, the
 * projection whose inbox records the events it applied, and the topics it follows. A read model
 * added to the platform is one entry here, and queries name the entries they read.
 */
export const ReadModelCatalogue = {
  risk: { schema: 'risk', projection: 'risk', topics: ['org', 'peer', 'strategy'] },
  alignment: { schema: 'alignment', projection: 'alignment', topics: ['org', 'strategy'] },
  assessment: { schema: 'assessment_read', projection: 'assessment', topics: ['assessment'] },
  directory: { schema: 'directory', projection: 'directory', topics: ['org', 'peer', 'strategy'] },
} as const satisfies Record<
  string,
  Readonly<{ schema: string; projection: string; topics: readonly TopicName[] }>
>;

export type ReadModelName = keyof typeof ReadModelCatalogue;
