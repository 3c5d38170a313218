import type { DataSource } from 'typeorm';
import {
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  type PageRequest,
} from '../keyset-pagination';
import { MutualThemeView } from './mutual-theme.entity';
import type { MutualThemeStatus } from './mutual-themes.projection';

/** The leader proposed it, or was asked to confirm it. */
export type MutualThemeRole = 'proposer' | 'partner';

/** The latest proposal first. */
const ORDER: KeysetOrder<MutualThemeView> = {
  list: 'mutualThemes',
  sortBy: 'proposedAt',
  idBy: 'mutualThemeId',
  direction: 'DESC',
  sortType: 'timestamp',
};

export class MutualThemeQueries {
  constructor(private readonly dataSource: DataSource) {}

  findOfLeader(
    tenantId: string,
    leaderId: string,
    role: MutualThemeRole,
    filter: Readonly<{ status?: MutualThemeStatus }> = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<MutualThemeView>> {
    const party = role === 'proposer' ? { proposerId: leaderId } : { partnerId: leaderId };
    const where = { tenantId, ...party, ...filter };
    return keysetPage(this.dataSource.getRepository(MutualThemeView), where, ORDER, page);
  }

  findByIds(tenantId: string, ids: readonly string[]): Promise<(MutualThemeView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(MutualThemeView),
      tenantId,
      'mutualThemeId',
      ids,
    );
  }
}
