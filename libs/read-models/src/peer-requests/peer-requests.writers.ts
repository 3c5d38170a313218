import type { DirectoryEvent, DirectoryWriteContext, DirectoryWriter } from '../directory-rows';
import { peerEvents } from '@lib/contracts';
import { evolvePeerRequest } from './peer-requests.projection';
import { peerRequestRows } from './peer-requests.schema';

const request = async ({ db, schema }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { requestId } = event.data as { requestId: string };
  const key = { tenantId: event.tenantId, requestId };
  const next = evolvePeerRequest(await peerRequestRows.load(db, schema, key), event);
  if (next) await peerRequestRows.save(db, schema, next);
};

export const peerRequestWriters: Readonly<Record<string, DirectoryWriter>> = Object.fromEntries(
  peerEvents
    .filter((definition) => definition.aggregate === 'PeerRequest')
    .map((definition) => [definition.type, request]),
);
