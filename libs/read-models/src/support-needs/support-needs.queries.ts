import { In, type DataSource } from 'typeorm';
import {
  allowedValues,
  type KeysetOrder,
  type KeysetPage,
  keysetPage,
  loadByIds,
  loadGroups,
  type PageRequest,
} from '../keyset-pagination';
import type { CommitmentState } from '../support-commitment-ledger/support-commitment-ledger.projection';
import { SupportNeedView } from './support-need.entity';

export type SupportNeedFilter = Readonly<{
  projectId?: string;
  supportingDivId?: string;
  states?: readonly string[];
}>;

const COMMITMENT_STATES: readonly CommitmentState[] = [
  'pending',
  'committed',
  'counter_proposed',
  'declined',
  'delivered',
  'withdrawn',
];

/** The soonest needed first. */
const ORDER: KeysetOrder<SupportNeedView> = {
  list: 'supportNeeds',
  sortBy: 'neededBy',
  idBy: 'needId',
  direction: 'ASC',
  sortType: 'timestamp',
};

export class SupportNeedQueries {
  constructor(private readonly dataSource: DataSource) {}

  async findNeeds(
    tenantId: string,
    filter: SupportNeedFilter = {},
    page: PageRequest = {},
  ): Promise<KeysetPage<SupportNeedView>> {
    const { states, ...rest } = filter;
    const allowed = allowedValues('states', states, COMMITMENT_STATES);
    const where = { tenantId, ...rest, ...(allowed ? { state: In(allowed) } : {}) };
    return keysetPage(this.dataSource.getRepository(SupportNeedView), where, ORDER, page);
  }

  findByIds(tenantId: string, needIds: readonly string[]): Promise<(SupportNeedView | null)[]> {
    return loadByIds(this.dataSource.getRepository(SupportNeedView), tenantId, 'needId', needIds);
  }

  /** The needs of many projects in one statement, per project, for a project's `needs` field. */
  findNeedsOfProjects(
    tenantId: string,
    projectIds: readonly string[],
  ): Promise<SupportNeedView[][]> {
    return loadGroups(
      this.dataSource.getRepository(SupportNeedView),
      tenantId,
      'projectId',
      projectIds,
      {
        neededBy: 'ASC',
        needId: 'ASC',
      },
    );
  }
}
