import { strategyEvents } from '@lib/contracts';
import {
  type DirectoryEvent,
  type DirectoryWriteContext,
  type DirectoryWriter,
  type DivisionMerges,
  remapDivisionColumn,
} from '../directory-rows';
import type { Queryable } from '../queryable';
import { evolveSupportNeed } from './support-needs.projection';
import { supportNeedRows } from './support-needs.schema';

const need = async ({ db, schema, merges }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { needId } = event.data as { needId: string };
  const key = { tenantId: event.tenantId, needId };
  const next = evolveSupportNeed(
    await supportNeedRows.load(db, schema, key),
    event,
    await merges(),
  );
  if (next) await supportNeedRows.save(db, schema, next);
};

export const supportNeedWriters: Readonly<Record<string, DirectoryWriter>> = Object.fromEntries(
  strategyEvents
    .filter((definition) => definition.aggregate === 'SupportNeed')
    .map((definition) => [definition.type, need]),
);

export async function remapSupportNeeds(
  db: Queryable,
  schema: string,
  tenantId: string,
  merges: DivisionMerges,
): Promise<void> {
  for (const [current, recorded] of [
    ['supporting_div_id', 'recorded_supporting_div_id'],
    ['home_div_id', 'recorded_home_div_id'],
  ])
    await remapDivisionColumn(db, schema, 'support_needs', { current, recorded }, tenantId, merges);
}
