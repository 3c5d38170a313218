import type { DirectoryEvent, DirectoryWriteContext, DirectoryWriter } from '../directory-rows';
import { evolveMutualTheme } from './mutual-themes.projection';
import { mutualThemeRows } from './mutual-themes.schema';

const proposal = async ({ db, schema }: DirectoryWriteContext, event: DirectoryEvent) => {
  const { mutualThemeId } = event.data as { mutualThemeId: string };
  const key = { tenantId: event.tenantId, mutualThemeId };
  const next = evolveMutualTheme(await mutualThemeRows.load(db, schema, key), event);
  if (next) await mutualThemeRows.save(db, schema, next);
};

export const mutualThemeWriters: Readonly<Record<string, DirectoryWriter>> = {
  MutualThemeProposed: proposal,
  MutualThemeConfirmed: proposal,
};
