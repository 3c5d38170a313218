import { type EventEnvelope, Topics } from '@lib/contracts';
import { assertReadableEvent, type Projection, type ProjectionBatch } from '@lib/projections';
import {
  byCodePoint,
  DIRECTORY_TABLES,
  type DirectoryEventOf,
  type DirectoryWriteContext,
  type DirectoryWriter,
  directoryEventOf,
  loadDivisionMerges,
  migrateDirectoryReadModels,
  mutualThemeWriters,
  orgChartWriters,
  peerRequestWriters,
  presentationWriters,
  type Queryable,
  recordDivisionMerge,
  remapLeaders,
  remapStrategicProjects,
  remapSupportNeeds,
  schemaIdentifier,
  strategicProjectWriters,
  supportNeedWriters,
} from '@lib/read-models';

/** A merge places again every row that names a division: leaders, projects and needs. */
const divisionsMerged = async (
  context: DirectoryWriteContext,
  event: DirectoryEventOf<'DivisionsMerged'>,
) => {
  await recordDivisionMerge(context, event);
  const { db, schema } = context;
  const merges = await loadDivisionMerges(db, schema, event.tenantId);
  await remapLeaders(db, schema, event.tenantId, merges);
  await remapStrategicProjects(db, schema, event.tenantId, merges);
  await remapSupportNeeds(db, schema, event.tenantId, merges);
};

const writers: Readonly<Record<string, DirectoryWriter>> = {
  ...orgChartWriters,
  ...peerRequestWriters,
  ...presentationWriters,
  ...mutualThemeWriters,
  ...strategicProjectWriters,
  ...supportNeedWriters,
  DivisionsMerged: divisionsMerged,
};

/**
 * The events that place a row in a division, and the merge that places such rows again. Instances
 * of the consumer group apply different partitions at once: a leader written in one transaction
 * and a merge in another would each miss the other, and the leader would stay in the merged-away
 * division. A lock per tenant, held to the batch's commit, serialises them.
 */
const PLACES_IN_A_DIVISION = new Set([
  'LeaderRegistered',
  'LeaderDivisionChanged',
  'StrategicProjectRegistered',
  'SupportNeedDeclared',
  'DivisionsMerged',
]);

/**
 * What portals list and open, from the three topics. Each read model folds its own aggregate's
 * stream, which arrives in order; what spans streams (a division merge) is recorded and applied so
 * that either order gives the same rows. An event the directory reads but cannot understand is
 * parked at once.
 */
export const directoryProjection: Projection = {
  name: 'directory',
  topics: [Topics.org, Topics.peer, Topics.strategy],
  tables: DIRECTORY_TABLES,
  migrate: (db, schema) => migrateDirectoryReadModels(db, schema),
  apply: async (db, schema, event) => {
    const batch = await openDirectoryBatch(db, schema, [event]);
    await batch.apply(event);
  },
  openBatch: (db, schema, events) => openDirectoryBatch(db, schema, events),
};

/** Takes the batch's tenant locks first, in tenant order, so two batches cannot deadlock. */
async function openDirectoryBatch(
  db: Queryable,
  schema: string,
  events: readonly EventEnvelope[],
): Promise<ProjectionBatch> {
  const s = schemaIdentifier(schema);
  const tenants = new Set(
    events
      .filter((event) => PLACES_IN_A_DIVISION.has(event.type))
      .map((event) => event.metadata.tenantId),
  );
  for (const tenantId of [...tenants].sort(byCodePoint))
    await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`directory:${s}:${tenantId}`]);
  return {
    apply: async (envelope) => {
      const write = writers[envelope.type];
      if (!write) return;
      assertReadableEvent('directory', envelope);
      const event = directoryEventOf(envelope);
      const merges = () => loadDivisionMerges(db, s, event.tenantId);
      await write({ db, schema: s, merges }, event as never);
    },
    complete: async () => undefined,
  };
}
