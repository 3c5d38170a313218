import { peerEvents } from '@lib/contracts';
import type { DirectoryEvent, DirectoryWriteContext, DirectoryWriter } from '../directory-rows';
import { evolvePresentation } from './presentations.projection';
import { presentationRows } from './presentations.schema';

const invitation = async ({ db, schema }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { invitationId } = event.data as { invitationId: string };
  const key = { tenantId: event.tenantId, invitationId };
  const next = evolvePresentation(await presentationRows.load(db, schema, key), event);
  if (next) await presentationRows.save(db, schema, next);
};

export const presentationWriters: Readonly<Record<string, DirectoryWriter>> = Object.fromEntries(
  peerEvents
    .filter((definition) => definition.aggregate === 'PresentationInvitation')
    .map((definition) => [definition.type, invitation]),
);
