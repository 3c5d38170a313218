import type { DataSource } from 'typeorm';
import {
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  type PageRequest,
} from '../keyset-pagination';
import { PresentationView } from './presentation.entity';
import type { PresentationStatus } from './presentations.projection';

/** The leader hosts the meeting, or presents at it. */
export type PresentationRole = 'host' | 'presenter';

/** The latest meeting first. */
const ORDER: KeysetOrder<PresentationView> = {
  list: 'presentations',
  sortBy: 'meetingAt',
  idBy: 'invitationId',
  direction: 'DESC',
  sortType: 'timestamp',
};

export class PresentationQueries {
  constructor(private readonly dataSource: DataSource) {}

  findOfLeader(
    tenantId: string,
    leaderId: string,
    role: PresentationRole,
    filter: Readonly<{ status?: PresentationStatus }> = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<PresentationView>> {
    const party = role === 'host' ? { hostId: leaderId } : { presenterId: leaderId };
    const where = { tenantId, ...party, ...filter };
    return keysetPage(this.dataSource.getRepository(PresentationView), where, ORDER, page);
  }

  findByIds(
    tenantId: string,
    invitationIds: readonly string[],
  ): Promise<(PresentationView | null)[]> {
    return loadByIds(
      this.dataSource.getRepository(PresentationView),
      tenantId,
      'invitationId',
      invitationIds,
    );
  }
}
